package cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import javax.swing.UIManager;

/** Flagged: {@code UIManager} is static, JVM-wide state; a panel registered there is never collected. */
class LookAndFeelListenerNeverRemoved implements PropertyChangeListener {
  private int changes;

  void install() {
    UIManager.addPropertyChangeListener(this); // expect: ListenerLeak "the class UIManager (a GC root while it is loaded) keeps its listeners"
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    changes++;
  }
}
