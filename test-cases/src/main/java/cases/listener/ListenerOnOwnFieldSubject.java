package cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Silent: the subject is this object's own field, so subject and listener die together. */
class ListenerOnOwnFieldSubject {
  interface Listener {
    void changed();
  }

  static final class Subject {
    private final List<Listener> listeners = new ArrayList<>();

    void addListener(Listener listener) {
      listeners.add(listener);
    }

    void removeListener(Listener listener) {
      listeners.remove(listener);
    }
  }

  private final Subject model = new Subject();
  private int redraws;

  ListenerOnOwnFieldSubject() {
    model.addListener(() -> this.redraw());
  }

  private void redraw() {
    redraws++;
  }
}
