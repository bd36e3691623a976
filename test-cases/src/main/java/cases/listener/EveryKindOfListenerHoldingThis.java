package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged, once for each way a listener registered on a static subject can hold this object: a
 * lambda or a method reference that uses it, an inner or anonymous class instance, a listener
 * kept in a local or a field first, a cast lambda. This class removes none of them.
 */
class EveryKindOfListenerHoldingThis {
  private int count;
  private final Runnable kept = () -> count++;

  class Inner implements Runnable {
    @Override
    public void run() {
      count++;
    }
  }

  void start() {
    Bus.INSTANCE.addListener(() -> count++); // expect: ListenerLeak
    Bus.INSTANCE.addListener(() -> tick()); // expect: ListenerLeak
    Bus.INSTANCE.addListener(this::tick); // expect: ListenerLeak
    Bus.INSTANCE.addListener(EveryKindOfListenerHoldingThis.this::tick); // expect: ListenerLeak
    Bus.INSTANCE.addListener(new Inner()); // expect: ListenerLeak
    Bus.INSTANCE.addListener(new Runnable() { // expect: ListenerLeak
      @Override
      public void run() {
        count++;
      }
    });
    Runnable local = () -> this.tick();
    Bus.INSTANCE.addListener(local); // expect: ListenerLeak
    Bus.INSTANCE.addListener(kept); // expect: ListenerLeak
    Bus.INSTANCE.addListener((Runnable) (() -> tick())); // expect: ListenerLeak
  }

  void tick() {}

  /** A subject held in a static field. */
  static final class Bus {
    static final Bus INSTANCE = new Bus();
    private final List<Runnable> listeners = new ArrayList<Runnable>();

    void addListener(Runnable listener) {
      listeners.add(listener);
    }

    void removeListener(Runnable listener) {
      listeners.remove(listener);
    }
  }
}
