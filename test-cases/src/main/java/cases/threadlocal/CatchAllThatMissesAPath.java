package cases.threadlocal;

/**
 * Flagged: look-alikes of {@link RemovedOnEveryPathThatSetIt#catchAllRethrows}, a catch that
 * removes and rethrows with a remove after the {@code try}, each leaving one way out on which
 * the value stays on the thread: a catch of {@code Exception} (an {@code Error} leaves without
 * the removal), a return inside the {@code try}, another catch that swallows and returns, and a
 * statement between the {@code try} and the removal that may throw.
 */
class CatchAllThatMissesAPath {
  static final class Request {}

  private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();

  void catchesOnlyExceptions(Request request, Runnable work) {
    CURRENT.set(request); // expect: ThreadLocalNotRemoved
    try {
      work.run();
    } catch (Exception e) {
      CURRENT.remove();
      throw e;
    }
    CURRENT.remove();
  }

  void returnsFromTheTry(Request request, Runnable work, boolean skip) {
    CURRENT.set(request); // expect: ThreadLocalNotRemoved
    try {
      if (skip) {
        return;
      }
      work.run();
    } catch (Throwable t) {
      CURRENT.remove();
      throw t;
    }
    CURRENT.remove();
  }

  void anotherCatchReturns(Request request, Runnable work) {
    CURRENT.set(request); // expect: ThreadLocalNotRemoved
    try {
      work.run();
    } catch (IllegalStateException e) {
      return;
    } catch (Throwable t) {
      CURRENT.remove();
      throw t;
    }
    CURRENT.remove();
  }

  void workBeforeTheRemoval(Request request, Runnable work) {
    CURRENT.set(request); // expect: ThreadLocalNotRemoved
    try {
      work.run();
    } catch (Throwable t) {
      CURRENT.remove();
      throw t;
    }
    work.run();
    CURRENT.remove();
  }
}
