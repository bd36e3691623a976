package cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Flagged: a lambda that calls {@code this.refresh()} captures {@code this}; the static subject keeps it forever. */
class ThisCapturingLambdaOnStaticSubject {
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

  private static final Subject SETTINGS = new Subject();

  private int refreshes;

  void bind() {
    SETTINGS.addListener(() -> this.refresh()); // expect: ListenerLeak
  }

  private void refresh() {
    refreshes++;
  }
}
