package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged, once for each way this class reaches a subject that outlives it: a constructor
 * parameter it keeps, a static field of its own and of another class, a shared instance, the
 * static registry of another class and of its own, an injected field reached through another
 * registration method. It removes itself from none of them.
 */
class RegisteredOnEveryKindOfLongerLivedSubject implements Runnable {
  private static final Bus STATIC = new Bus();
  private final Bus injected;

  RegisteredOnEveryKindOfLongerLivedSubject(Bus bus) {
    this.injected = bus;
    bus.addListener(this); // expect: ListenerLeak
  }

  void start() {
    STATIC.addListener(this); // expect: ListenerLeak
    Bus.getInstance().addListener(this); // expect: ListenerLeak
    Bus.register(this); // expect: ListenerLeak
    injected.subscribe(this); // expect: ListenerLeak
    Bus.OTHER.addListener(this); // expect: ListenerLeak
  }

  static void register(Object listener) {}

  void dispose() {}

  void ownStaticRegistry() {
    register(this); // expect: ListenerLeak
  }

  @Override
  public void run() {}

  /** A subject: a singleton, static instances, a static registry. */
  static final class Bus {
    static final Bus INSTANCE = new Bus();
    static final Bus OTHER = new Bus();
    private final List<Runnable> listeners = new ArrayList<Runnable>();

    static Bus getInstance() {
      return INSTANCE;
    }

    void addListener(Runnable listener) {
      listeners.add(listener);
    }

    void removeListener(Runnable listener) {
      listeners.remove(listener);
    }

    void subscribe(Runnable listener) {
      listeners.add(listener);
    }

    void unsubscribe(Runnable listener) {
      listeners.remove(listener);
    }

    static void register(Object listener) {}

    static void unregister(Object listener) {}
  }
}
