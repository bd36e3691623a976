package cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Flagged: an anonymous listener (it holds {@code this}) registered on a singleton from an ordinary method, never removed. */
class AnonymousListenerOnSingleton {
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

  private final List<String> received = new ArrayList<>();

  void start() {
    Listener listener = new Listener() {
      @Override
      public void onEvent(String event) {
        received.add(event);
      }
    };
    Bus.getInstance().addListener(listener); // expect: ListenerLeak
  }
}
