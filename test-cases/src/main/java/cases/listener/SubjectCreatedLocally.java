package cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/** Silent: the subject is created in the same method and becomes garbage with it; it cannot outlive {@code this}. */
class SubjectCreatedLocally implements PropertyChangeListener {
  private int changes;

  int replay(String property, Object[] values) {
    PropertyChangeSupport support = new PropertyChangeSupport(this);
    support.addPropertyChangeListener(this);
    Object previous = null;
    for (Object value : values) {
      support.firePropertyChange(property, previous, value);
      previous = value;
    }
    return changes;
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    changes++;
  }
}
