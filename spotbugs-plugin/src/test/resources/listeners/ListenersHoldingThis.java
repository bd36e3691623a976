package listeners;

class ListenersHoldingThis {
  private int count;
  private final Runnable kept = () -> count++;

  class Inner implements Runnable {
    @Override
    public void run() {
      count++;
    }
  }

  void start() {
    Bus.INSTANCE.addListener(() -> count++); // flag
    Bus.INSTANCE.addListener(() -> tick()); // flag
    Bus.INSTANCE.addListener(this::tick); // flag
    Bus.INSTANCE.addListener(new Inner()); // flag
    Bus.INSTANCE.addListener(new Runnable() { // flag
      @Override
      public void run() {
        count++;
      }
    });
    Runnable local = () -> this.tick();
    Bus.INSTANCE.addListener(local); // flag
    Bus.INSTANCE.addListener(kept); // flag
  }

  void tick() {}
}
