package cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Flagged: {@code this::onChange} is bound to {@code this}; the static subject keeps the object alive. */
class MethodReferenceOnStaticSubject {
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

  private static final Subject CLOCK = new Subject();

  private long ticks;

  void bind() {
    CLOCK.addListener(this::onChange); // expect: ListenerLeak
  }

  private void onChange() {
    ticks++;
  }
}
