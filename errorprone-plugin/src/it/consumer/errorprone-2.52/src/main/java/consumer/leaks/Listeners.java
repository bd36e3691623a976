package consumer.leaks;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/** A view that registers on a process-wide model and never unregisters. */
public class Listeners implements PropertyChangeListener {
  static final PropertyChangeSupport MODEL = new PropertyChangeSupport(new Object());

  public Listeners() {
    MODEL.addPropertyChangeListener(this); // leak: ListenerLeak
  }

  @Override
  public void propertyChange(PropertyChangeEvent event) {}
}
