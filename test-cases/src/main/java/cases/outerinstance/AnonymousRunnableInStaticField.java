package cases.outerinstance;

/** Flagged: the anonymous Runnable holds {@code this}; storing it in a static field keeps the outer object alive for good. */
class AnonymousRunnableInStaticField {
  private static Runnable onExit;

  private final StringBuilder journal = new StringBuilder();

  void armExitHandler() {
    onExit = new Runnable() { // expect: OuterInstanceRetention
      @Override
      public void run() {
        System.out.println(journal);
      }
    };
  }

  static void exit() {
    if (onExit != null) {
      onExit.run();
    }
  }
}
