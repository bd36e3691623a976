package cases.listener;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Silent: {@code close()} removes the listener the constructor added, so the singleton lets go. */
class RegisteredAndRemovedSymmetrically implements Consumer<String>, Closeable {
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

  private int events;

  RegisteredAndRemovedSymmetrically() {
    Bus.getInstance().addListener(this);
  }

  @Override
  public void accept(String event) {
    events++;
  }

  @Override
  public void close() {
    Bus.getInstance().removeListener(this);
  }
}
