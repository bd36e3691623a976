package cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Silent: the hub carries the project's own {@code @Singleton}, not a DI container's (annotations
 * match by qualified name), so nothing says the hub outlives the view that registers on it.
 */
class RegisteredOnHomeMadeSingletonAnnotation {
  @interface Singleton {}

  @Singleton
  static class EventHub {
    private final List<Consumer<String>> listeners = new ArrayList<>();

    void addListener(Consumer<String> listener) {
      listeners.add(listener);
    }

    void removeListener(Consumer<String> listener) {
      listeners.remove(listener);
    }
  }

  static class View implements Consumer<String> {
    private EventHub hub;
    private int events;

    void setHub(EventHub hub) {
      this.hub = hub;
    }

    void start() {
      hub.addListener(this);
    }

    void close() {
      events = -1;
    }

    @Override
    public void accept(String event) {
      events++;
    }
  }
}
