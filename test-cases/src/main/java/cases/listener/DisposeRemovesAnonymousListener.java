package cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Silent: the anonymous listener is kept in a field and {@code dispose()} unregisters it. */
class DisposeRemovesAnonymousListener {
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
  private final Listener listener = new Listener() {
    @Override
    public void onEvent(String event) {
      received.add(event);
    }
  };

  void start() {
    Bus.getInstance().addListener(listener);
  }

  void dispose() {
    Bus.getInstance().removeListener(listener);
  }
}
