package cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import javax.swing.UIManager;

/** Flagged: {@code UIManager} is static, JVM-wide state; a panel registered there is never collected. */
class LookAndFeelListenerNeverRemoved implements PropertyChangeListener {
  private int changes;

  void install() {
    UIManager.addPropertyChangeListener(this); // expect: ListenerLeak
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    changes++;
  }
}
