package cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Silent: an anonymous class created in a static method has no outer instance; it retains no registering object. */
class AnonymousListenerInStaticMethod {
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

  static void installConsoleLogging() {
    Bus.getInstance().addListener(new Listener() {
      @Override
      public void onEvent(String event) {
        System.err.println(event);
      }
    });
  }
}
