package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: a field of an interface is implicitly {@code static final}; the bus it holds lives as
 * long as the interface.
 */
class ListenerOnInterfaceConstant {
  interface Listener {
    void onEvent(String event);
  }

  static final class Bus {
    private final List<Listener> listeners = new ArrayList<>();

    void addListener(Listener listener) {
      listeners.add(listener);
    }

    void removeListener(Listener listener) {
      listeners.remove(listener);
    }
  }

  interface Buses {
    Bus APPLICATION = new Bus();
  }

  private int received;

  void open() {
    Buses.APPLICATION.addListener(event -> received++); // expect: ListenerLeak "on static field Buses.APPLICATION"
  }
}
