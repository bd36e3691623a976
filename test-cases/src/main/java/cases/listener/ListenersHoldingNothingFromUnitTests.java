package cases.listener;

/**
 * Silent: listeners on a static subject that hold nothing of this object — an anonymous class
 * made in a static method, a lambda capturing only a parameter, a static method reference, a
 * method reference bound to another object, a static nested class, a listener given as a
 * parameter — and a registration of this whose handle the object keeps (the handle ends it).
 */
class ListenersHoldingNothingFromUnitTests implements Runnable {
  static final class Nested implements Runnable {
    @Override
    public void run() {}
  }

  private AutoCloseable subscription;

  static void log() {}

  static void installStatic() {
    SharedBus.INSTANCE.addListener(new Runnable() {
      @Override
      public void run() {
        log();
      }
    });
  }

  void start(final String name, Runnable given, ListenersHoldingNothingFromUnitTests other) {
    SharedBus.INSTANCE.addListener(() -> System.out.println(name));
    SharedBus.INSTANCE.addListener(ListenersHoldingNothingFromUnitTests::log);
    SharedBus.INSTANCE.addListener(other::start0);
    SharedBus.INSTANCE.addListener(new Nested());
    SharedBus.INSTANCE.addListener(given);
  }

  void keepHandle() {
    subscription = SharedBus.OTHER.subscribe(this);
  }

  void start0() {}

  @Override
  public void run() {}
}
