package cases.listener;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/** Silent: this class is the subject; delegating {@code addPropertyChangeListener} to its own support field registers nothing on a longer-lived object. */
class PropertyChangeSupportOwnedByThis {
  private final PropertyChangeSupport support = new PropertyChangeSupport(this);
  private String name = "";

  void addPropertyChangeListener(PropertyChangeListener listener) {
    support.addPropertyChangeListener(listener);
  }

  void removePropertyChangeListener(PropertyChangeListener listener) {
    support.removePropertyChangeListener(listener);
  }

  void setName(String newName) {
    String old = name;
    name = newName;
    support.firePropertyChange("name", old, newName);
  }
}
