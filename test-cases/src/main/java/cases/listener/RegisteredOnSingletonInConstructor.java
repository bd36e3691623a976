package cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Flagged: the constructor registers {@code this} on a singleton bus and nothing ever removes it. */
class RegisteredOnSingletonInConstructor implements Consumer<String> {
  static final class Bus {
    private static final Bus INSTANCE = new Bus();
    private final List<Consumer<String>> listeners = new ArrayList<>();

    static Bus getInstance() {
      return INSTANCE;
    }

    void addListener(Consumer<String> listener) {
      listeners.add(listener);
    }

    void removeListener(Consumer<String> listener) {
      listeners.remove(listener);
    }
  }

  private final List<String> seen = new ArrayList<>();

  RegisteredOnSingletonInConstructor() {
    Bus.getInstance().addListener(this); // expect: ListenerLeak
  }

  @Override
  public void accept(String event) {
    seen.add(event);
  }
}
