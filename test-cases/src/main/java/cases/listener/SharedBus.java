package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * No finding: the subject several listener cases register on — a singleton, static instances, a
 * static registry, a factory of fresh instances, two pairs of registration methods.
 */
final class SharedBus {
  static final SharedBus INSTANCE = new SharedBus();
  static final SharedBus OTHER = new SharedBus();
  private final List<Runnable> listeners = new ArrayList<Runnable>();

  static SharedBus getInstance() {
    return INSTANCE;
  }

  static SharedBus create() {
    return new SharedBus();
  }

  void addListener(Runnable listener) {
    listeners.add(listener);
  }

  void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  AutoCloseable subscribe(final Runnable listener) {
    listeners.add(listener);
    return new AutoCloseable() {
      @Override
      public void close() {
        listeners.remove(listener);
      }
    };
  }

  void unsubscribe(Runnable listener) {
    listeners.remove(listener);
  }

  static void register(Object listener) {}

  static void unregister(Object listener) {}
}
