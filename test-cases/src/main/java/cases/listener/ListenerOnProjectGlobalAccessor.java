package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: {@code EventHub.global()} is no {@code getInstance()}, but it returns a static field,
 * so every caller gets the one hub, which lives as long as its class.
 */
class ListenerOnProjectGlobalAccessor {
  interface Listener {
    void onEvent(String event);
  }

  static final class EventHub {
    private static final EventHub GLOBAL = new EventHub();
    private final List<Listener> listeners = new ArrayList<>();

    static EventHub global() {
      return GLOBAL;
    }

    static EventHub create() {
      return new EventHub();
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
    EventHub.global().addListener(event -> received++); // expect: ListenerLeak "on the shared instance EventHub.global()"
  }
}
