package cases.listener;

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
    SharedBus.INSTANCE.addListener(() -> count++); // expect: ListenerLeak
    SharedBus.INSTANCE.addListener(() -> tick()); // expect: ListenerLeak
    SharedBus.INSTANCE.addListener(this::tick); // expect: ListenerLeak
    SharedBus.INSTANCE.addListener(EveryKindOfListenerHoldingThis.this::tick); // expect: ListenerLeak
    SharedBus.INSTANCE.addListener(new Inner()); // expect: ListenerLeak
    SharedBus.INSTANCE.addListener(new Runnable() { // expect: ListenerLeak
      @Override
      public void run() {
        count++;
      }
    });
    Runnable local = () -> this.tick();
    SharedBus.INSTANCE.addListener(local); // expect: ListenerLeak
    SharedBus.INSTANCE.addListener(kept); // expect: ListenerLeak
    SharedBus.INSTANCE.addListener((Runnable) (() -> tick())); // expect: ListenerLeak
  }

  void tick() {}
}
