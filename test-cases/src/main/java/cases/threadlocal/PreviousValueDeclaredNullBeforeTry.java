package cases.threadlocal;

/**
 * Not flagged: the previous context is read inside the try into a local declared {@code null}
 * before it, and the finally puts that local back (Jetty's {@code ContextHandler.doStart}). Where
 * the try fails before the read, the local is still {@code null}, and setting {@code null} takes
 * the value out too: on every path the finally leaves the thread as it found it.
 */
class PreviousValueDeclaredNullBeforeTry {
  static final class Context {}

  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

  private final Context context = new Context();

  void start(Runnable prepare, Runnable work) {
    Context previous = null;
    try {
      prepare.run();
      previous = CURRENT.get();
      CURRENT.set(context);
      work.run();
    } finally {
      CURRENT.set(previous);
    }
  }
}
