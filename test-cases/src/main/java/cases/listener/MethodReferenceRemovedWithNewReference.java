package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: {@code this::onEvent} makes a new object at every evaluation, so the removal passes an
 * object that was never registered and removes nothing; the registered one stays on the bus.
 */
class MethodReferenceRemovedWithNewReference {
  interface Listener {
    void onEvent(String event);
  }

  static final class Bus {
    private static final Bus INSTANCE = new Bus();
    private final List<Listener> listeners = new ArrayList<>();

    static Bus getInstance() {
      return INSTANCE;
    }

    void addListener(Listener listener) {
      listeners.add(listener);
    }

    void removeListener(Listener listener) {
      listeners.remove(listener);
    }
  }

  private int received;

  void open() {
    Bus.getInstance().addListener(this::onEvent); // expect: ListenerLeak "passes a new method reference, which is not the registered one and removes nothing"
  }

  void close() {
    Bus.getInstance().removeListener(this::onEvent);
  }

  private void onEvent(String event) {
    received++;
  }
}
