package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: the initialization-on-demand holder idiom: {@code instance()} returns a static field of
 * a nested holder class, the one registry of the application.
 */
class ListenerOnHolderIdiomSingleton {
  interface Listener {
    void onEvent(String event);
  }

  static final class Registry {
    private final List<Listener> listeners = new ArrayList<>();

    private static final class Holder {
      static final Registry INSTANCE = new Registry();
    }

    static Registry instance() {
      return Holder.INSTANCE;
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
    Registry.instance().addListener(event -> received++); // expect: ListenerLeak "on the shared instance Registry.instance()"
  }
}
