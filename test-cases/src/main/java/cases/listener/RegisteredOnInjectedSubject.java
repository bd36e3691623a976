package cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Flagged: the subject is injected through the constructor (a longer-lived dependency) and {@code this} is never removed from it. */
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

  @Override
  public void accept(String event) {
    events++;
  }
}
