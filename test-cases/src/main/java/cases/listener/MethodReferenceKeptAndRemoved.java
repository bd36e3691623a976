package cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Silent: the method reference is made once, kept in a field, and that same object is removed. */
class MethodReferenceKeptAndRemoved {
  interface Listener {
    void onEvent(String event);
  }

  static final class Bus {
    static final Bus SHARED = new Bus();
    private final List<Listener> listeners = new ArrayList<>();

    void addListener(Listener listener) {
      listeners.add(listener);
    }

    void removeListener(Listener listener) {
      listeners.remove(listener);
    }
  }

  private final Listener listener = this::onEvent;
  private int received;

  void open() {
    Bus.SHARED.addListener(listener);
  }

  void close() {
    Bus.SHARED.removeListener(listener);
  }

  private void onEvent(String event) {
    received++;
  }
}
