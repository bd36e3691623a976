package listeners;

class ListenersHoldingNothing {
  static class Nested implements Runnable {
    @Override
    public void run() {}
  }

  static void log() {}

  static void installStatic() {
    Bus.INSTANCE.addListener(new Runnable() {
      @Override
      public void run() {
        log();
      }
    });
  }

  void start(String name, Runnable given, ListenersHoldingNothing other) {
    Bus.INSTANCE.addListener(() -> System.out.println(name));
    Bus.INSTANCE.addListener(ListenersHoldingNothing::log);
    Bus.INSTANCE.addListener(other::start0);
    Bus.INSTANCE.addListener(new Nested());
    Bus.INSTANCE.addListener(given);
    Runnable mixed = given;
    if (name.isEmpty()) {
      mixed = () -> start0();
    }
    Bus.INSTANCE.addListener(mixed);
  }

  void start0() {}
}
