package cases.outerinstance;

/** Flagged: a shutdown hook is kept by the JVM until exit; the lambda captures {@code this}, so the object lives until exit too. */
class ShutdownHookCapturingThis {
  private final StringBuilder buffer = new StringBuilder();

  void installFlushOnExit() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> this.flush())); // expect: OuterInstanceRetention
  }

  private void flush() {
    System.out.print(buffer);
  }
}
