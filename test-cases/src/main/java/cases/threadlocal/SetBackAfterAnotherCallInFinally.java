package cases.threadlocal;

/**
 * Not flagged: the finally puts the previous context back after another call (Jetty's
 * {@code ContextHandler}: {@code exitScope(); __context.set(oldContext);}). The finally is the
 * cleanup; whether a call in it can throw before the set-back is not judged, in any engine.
 */
class SetBackAfterAnotherCallInFinally {
  static final class Context {}

  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

  private final Context context = new Context();
  private int depth;

  void handle(Runnable work) {
    Context previous = CURRENT.get();
    try {
      CURRENT.set(context);
      enterScope();
      work.run();
    } finally {
      exitScope();
      CURRENT.set(previous);
    }
  }

  private void enterScope() {
    depth++;
  }

  private void exitScope() {
    depth--;
    if (depth < 0) {
      throw new IllegalStateException();
    }
  }
}
