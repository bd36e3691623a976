package cases.listener;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.inject.Singleton;

/**
 * A view handed a hub through a setter (no constructor injection, no {@code @Inject}) registers
 * on it and has a {@code close()} that ends its life first. Flagged when the hub's class is a
 * container singleton ({@code @Singleton}: the container keeps it for the application's life);
 * silent when it is request-scoped (it dies with the request, like the view).
 */
class RegisteredOnContainerSingleton {
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

  @RequestScoped
  static class RequestHub {
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
      hub.addListener(this); // expect: ListenerLeak
    }

    void close() {
      events = -1;
    }

    @Override
    public void accept(String event) {
      events++;
    }
  }

  static class RequestView implements Consumer<String> {
    private RequestHub hub;
    private int events;

    void setHub(RequestHub hub) {
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
