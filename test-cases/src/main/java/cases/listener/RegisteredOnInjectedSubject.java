package cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Flagged: the subject is injected through the constructor, and this object has a {@code close()}
 * that ends its life before the bus's, but {@code this} is never removed from the bus.
 */
class RegisteredOnInjectedSubject implements Consumer<String> {
  static final class EventBus {
    private final List<Consumer<String>> listeners = new ArrayList<>();

    void addListener(Consumer<String> listener) {
      listeners.add(listener);
    }

    void removeListener(Consumer<String> listener) {
      listeners.remove(listener);
    }
  }

  private final EventBus bus;
  private int events;

  RegisteredOnInjectedSubject(EventBus bus) {
    this.bus = bus;
    bus.addListener(this); // expect: ListenerLeak
  }

  void close() {
    events = -1;
  }

  @Override
  public void accept(String event) {
    events++;
  }
}
