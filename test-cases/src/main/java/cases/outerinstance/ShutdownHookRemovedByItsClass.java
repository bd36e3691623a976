package cases.outerinstance;

/**
 * Silent: the hook kept in a local variable is removed again in a {@code finally} (JGit's
 * {@code CloneCommand} and {@code GC}): the JVM keeps it only while the work runs. Any
 * {@code removeShutdownHook} in the class silences its hooks, matched or not.
 */
class ShutdownHookRemovedByItsClass {
  private final StringBuilder buffer = new StringBuilder();

  void cloneRepository() {
    Thread cleanup = new Thread(() -> deletePartialClone());
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      buffer.append("cloned");
    } finally {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    }
  }

  private void deletePartialClone() {
    buffer.setLength(0);
  }
}
