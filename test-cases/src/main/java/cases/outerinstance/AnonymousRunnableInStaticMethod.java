package cases.outerinstance;

/** Silent: an anonymous class created in a static method has no enclosing instance to retain. */
class AnonymousRunnableInStaticMethod {
  private static Runnable onExit;

  static void armExitHandler(final String farewell) {
    onExit = new Runnable() {
      @Override
      public void run() {
        System.out.println(farewell);
      }
    };
    new Thread(onExit).start();
  }
}
