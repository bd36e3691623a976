package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged once, as ListenerLeak: an inner-class listener registered on a singleton. The
 * registration is a listener leak; it is not also reported as OuterInstanceRetention.
 */
class InnerClassListenerOnSingleton {
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

  private final class Handler implements Listener {
    @Override
    public void onEvent(String event) {
      count++;
    }
  }

  private int count;

  void start() {
    Bus.getInstance().addListener(new Handler()); // expect: ListenerLeak
  }
}
