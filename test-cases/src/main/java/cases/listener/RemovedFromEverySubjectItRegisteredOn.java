package cases.listener;

/**
 * Silent: every registration has its removal from the same subject in close() — through the
 * injected field, a static field naming the same singleton, the static registry, an anonymous
 * class — and the one subscription it keeps the handle of is ended by that handle.
 */
class RemovedFromEverySubjectItRegisteredOn implements Runnable, AutoCloseable {
  private static final SharedBus STATIC = new SharedBus();
  private final SharedBus injected;
  private AutoCloseable subscription;

  RemovedFromEverySubjectItRegisteredOn(SharedBus bus) {
    this.injected = bus;
    bus.addListener(this);
    SharedBus.getInstance().addListener(this);
    STATIC.subscribe(this);
    SharedBus.register(this);
  }

  void keepHandle() {
    subscription = SharedBus.OTHER.subscribe(this);
  }

  @Override
  public void close() throws Exception {
    injected.removeListener(this);
    SharedBus.INSTANCE.removeListener(this);
    SharedBus.unregister(this);
    new Runnable() {
      @Override
      public void run() {
        STATIC.unsubscribe(RemovedFromEverySubjectItRegisteredOn.this);
      }
    }.run();
    subscription.close();
  }

  @Override
  public void run() {}
}
