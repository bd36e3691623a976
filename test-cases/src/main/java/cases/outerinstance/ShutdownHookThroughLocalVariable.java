package cases.outerinstance;

/**
 * Flagged twice: the shutdown hook is made into a local variable first and then registered, and
 * nothing in the class ever removes a hook, so the JVM keeps the hook, and through it this object,
 * until it exits. Quartz's {@code ShutdownHookPlugin.initialize} registers an anonymous
 * {@code Thread} this way, and its {@code shutdown()} does nothing: every scheduler made and shut
 * down in a running JVM (a redeployed web application) leaves its plugin and scheduler behind.
 */
class ShutdownHookThroughLocalVariable {
  private final StringBuilder buffer = new StringBuilder();

  void initialize(String name) {
    Thread hook = new Thread("shutdown hook " + name) {
      @Override
      public void run() {
        flush();
      }
    };
    Runtime.getRuntime().addShutdownHook(hook); // expect: OuterInstanceRetention
  }

  void installFlushOnExit() {
    Thread hook = new Thread(() -> flush());
    Runtime.getRuntime().addShutdownHook(hook); // expect: OuterInstanceRetention
  }

  private void flush() {
    System.out.print(buffer);
  }
}
