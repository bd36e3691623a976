package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: the removal is done by a helper method of the class that receives the bus as a
 * parameter; the analysis cannot name that subject, so it counts as the matching removal.
 */
class RemovedThroughHelperMethod {
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
  private final Listener handler = event -> received++;

  void open() {
    Bus.getInstance().addListener(handler);
  }

  void close() {
    detach(Bus.getInstance());
  }

  private void detach(Bus bus) {
    bus.removeListener(handler);
  }
}
