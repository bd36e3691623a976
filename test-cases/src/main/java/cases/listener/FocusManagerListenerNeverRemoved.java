package cases.listener;

import java.awt.KeyboardFocusManager;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;

/**
 * Flagged: {@code KeyboardFocusManager.getCurrentKeyboardFocusManager()} returns the one focus
 * manager of the application context; a panel listening to it is kept as long as it lives.
 */
class FocusManagerListenerNeverRemoved implements PropertyChangeListener {
  private Object focusOwner;

  void install() {
    KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener(this); // expect: ListenerLeak "the shared instance KeyboardFocusManager.getCurrentKeyboardFocusManager()"
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    focusOwner = event.getNewValue();
  }
}
