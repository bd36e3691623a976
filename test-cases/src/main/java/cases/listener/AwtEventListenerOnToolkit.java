package cases.listener;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;

/** Flagged: the default Toolkit lives as long as the JVM; a global AWT event listener added to it is never removed. */
class AwtEventListenerOnToolkit implements AWTEventListener {
  private long keyEvents;

  void install() {
    Toolkit.getDefaultToolkit().addAWTEventListener(this, AWTEvent.KEY_EVENT_MASK); // expect: ListenerLeak
  }

  @Override
  public void eventDispatched(AWTEvent event) {
    keyEvents++;
  }
}
