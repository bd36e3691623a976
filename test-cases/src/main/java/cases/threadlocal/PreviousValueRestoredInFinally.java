package cases.threadlocal;

/** Silent: a re-entrant scope; the finally restores the outer value, or removes it when there was none, on every path. */
class PreviousValueRestoredInFinally {
  private static final ThreadLocal<String> SCOPE = new ThreadLocal<>();

  void inScope(String scope, Runnable work) {
    String previous = SCOPE.get();
    SCOPE.set(scope);
    try {
      work.run();
    } finally {
      if (previous == null) {
        SCOPE.remove();
      } else {
        SCOPE.set(previous);
      }
    }
  }
}
