package cases.listener;

/**
 * Flagged, once for each way this class reaches a subject that outlives it: a constructor
 * parameter it keeps, a static field of its own and of another class, a shared instance, the
 * static registry of another class and of its own, an injected field reached through another
 * registration method. It removes itself from none of them.
 */
class RegisteredOnEveryKindOfLongerLivedSubject implements Runnable {
  private static final SharedBus STATIC = new SharedBus();
  private final SharedBus injected;

  RegisteredOnEveryKindOfLongerLivedSubject(SharedBus bus) {
    this.injected = bus;
    bus.addListener(this); // expect: ListenerLeak
  }

  void start() {
    STATIC.addListener(this); // expect: ListenerLeak
    SharedBus.getInstance().addListener(this); // expect: ListenerLeak
    SharedBus.register(this); // expect: ListenerLeak
    injected.subscribe(this); // expect: ListenerLeak
    SharedBus.OTHER.addListener(this); // expect: ListenerLeak
  }

  static void register(Object listener) {}

  void dispose() {}

  void ownStaticRegistry() {
    register(this); // expect: ListenerLeak
  }

  @Override
  public void run() {}
}
