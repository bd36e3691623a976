package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: a static factory that returns a new hub is no shared instance; the hub lives only as
 * long as whoever keeps it (here nobody but the method).
 */
class ListenerOnFreshHubFromFactory {
  interface Listener {
    void onEvent(String event);
  }

  static final class EventHub {
    private final List<Listener> listeners = new ArrayList<>();

    static EventHub create() {
      return new EventHub();
    }

    void addListener(Listener listener) {
      listeners.add(listener);
    }
  }

  private int received;

  void open() {
    EventHub.create().addListener(event -> received++);
  }
}
