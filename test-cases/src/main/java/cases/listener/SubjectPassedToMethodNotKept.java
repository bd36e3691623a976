package cases.listener;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * Silent: the subject is a method argument that this object does not keep; nothing shows it
 * outlives the listener (precision first: only static, singleton and constructor-injected
 * subjects kept in a field are known to be longer-lived).
 */
class SubjectPassedToMethodNotKept implements PropertyChangeListener {
  private int changes;

  void follow(PropertyChangeSupport model) {
    model.addPropertyChangeListener(this);
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {
    changes++;
  }
}
