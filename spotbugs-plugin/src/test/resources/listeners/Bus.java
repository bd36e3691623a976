package listeners;

import java.util.ArrayList;
import java.util.List;

/** A subject for the ListenerLeak samples: a singleton, static instances, a static registry. */
public final class Bus {
  public static final Bus INSTANCE = new Bus();
  public static final Bus OTHER = new Bus();
  private final List<Runnable> listeners = new ArrayList<>();

  public static Bus getInstance() {
    return INSTANCE;
  }

  public static Bus create() {
    return new Bus();
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  public AutoCloseable subscribe(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void unsubscribe(Runnable listener) {
    listeners.remove(listener);
  }

  public static void register(Object listener) {}

  public static void unregister(Object listener) {}

  public void registerListener(Runnable listener) {
    listeners.add(listener);
  }
}
