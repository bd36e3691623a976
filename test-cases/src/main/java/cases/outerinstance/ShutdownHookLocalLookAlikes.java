package cases.outerinstance;

/**
 * Silent: the hook variable first holds a thread that uses this object, but is given another
 * one before the registration, whose task is a static method reference; and a hook whose task
 * holds nothing of this object. Neither registered hook keeps this object.
 */
class ShutdownHookLocalLookAlikes {
  private final StringBuilder buffer = new StringBuilder();

  void installReplaced() {
    Thread hook = new Thread(() -> flush());
    hook = new Thread(ShutdownHookLocalLookAlikes::report);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  void installReport() {
    Thread hook = new Thread(ShutdownHookLocalLookAlikes::report);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private static void report() {
    System.out.println("exiting");
  }

  private void flush() {
    System.out.print(buffer);
  }
}
