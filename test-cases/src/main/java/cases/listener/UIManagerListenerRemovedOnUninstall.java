package cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import javax.swing.UIManager;

/** Silent: the listener added to the static UIManager is removed again in {@code uninstall()}. */
class UIManagerListenerRemovedOnUninstall implements PropertyChangeListener {
  private int changes;

  void install() {
    UIManager.addPropertyChangeListener(this);
  }

  void uninstall() {
    UIManager.removePropertyChangeListener(this);
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    changes++;
  }
}
