package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: the listener is a static nested class holding no reference to the registering object,
 * so registering it retains nothing of {@code this} (precision first: one small object kept by a
 * singleton is not a leak of the registering object).
 */
class StaticNestedListenerHoldsNothing {
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

  private static final class StdoutLogger implements Listener {
    @Override
    public void onEvent(String event) {
      System.out.println(event);
    }
  }

  void start() {
    Bus.getInstance().addListener(new StdoutLogger());
  }
}
