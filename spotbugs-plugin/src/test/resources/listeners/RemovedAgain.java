package listeners;

class RemovedAgain implements Runnable, AutoCloseable {
  private static final Bus STATIC = new Bus();
  private final Bus injected;
  private AutoCloseable subscription;

  RemovedAgain(Bus bus) {
    this.injected = bus;
    bus.addListener(this);
    Bus.getInstance().addListener(this);
    STATIC.subscribe(this);
    Bus.register(this);
  }

  void keepHandle() {
    subscription = Bus.OTHER.subscribe(this);
  }

  @Override
  public void close() {
    injected.removeListener(this);
    Bus.INSTANCE.removeListener(this);
    Bus.unregister(this);
    new Runnable() {
      @Override
      public void run() {
        STATIC.unsubscribe(RemovedAgain.this);
      }
    }.run();
  }

  @Override
  public void run() {}
}
