package listeners;

class LongerLivedSubjects implements Runnable {
  private static final Bus STATIC = new Bus();
  private final Bus injected;

  LongerLivedSubjects(Bus bus) {
    this.injected = bus;
    bus.addListener(this); // flag
  }

  void start() {
    STATIC.addListener(this); // flag
    Bus.getInstance().addListener(this); // flag
    Bus.register(this); // flag
    injected.subscribe(this); // flag
    Bus.OTHER.addListener(this); // flag
  }

  static void register(Object listener) {}

  void dispose() {}

  void ownStaticRegistry() {
    register(this); // flag
  }

  @Override
  public void run() {}
}
