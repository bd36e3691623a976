package cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/** Flagged: {@code addPropertyChangeListener(this)} on an application-wide singleton, never removed. */
class PropertyChangeListenerOnSingleton implements PropertyChangeListener {
  static final class Preferences {
    private static final Preferences INSTANCE = new Preferences();
    private final PropertyChangeSupport support = new PropertyChangeSupport(this);

    static Preferences getInstance() {
      return INSTANCE;
    }

    void addPropertyChangeListener(PropertyChangeListener listener) {
      support.addPropertyChangeListener(listener);
    }

    void removePropertyChangeListener(PropertyChangeListener listener) {
      support.removePropertyChangeListener(listener);
    }
  }

  private String theme = "light";

  void install() {
    Preferences.getInstance().addPropertyChangeListener(this); // expect: ListenerLeak
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    theme = String.valueOf(event.getNewValue());
  }
}
