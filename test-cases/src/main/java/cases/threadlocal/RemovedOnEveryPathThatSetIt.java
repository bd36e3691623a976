package cases.threadlocal;

/**
 * Silent: on every path that sets the value, a {@code finally} (or a catch-all that rethrows,
 * then the normal path) removes it: a set guarded by a condition before the {@code try}, a set
 * inside an outer {@code try} around an inner one, a removal under the same condition as the
 * set, and a catch of {@code Throwable}.
 */
class RemovedOnEveryPathThatSetIt {
  static final class Request {}

  private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();

  void guardedSet(boolean on, Request request, Runnable work) {
    if (on) {
      CURRENT.set(request);
    }
    try {
      work.run();
    } finally {
      CURRENT.remove();
    }
  }

  void nestedInsideOuterTry(Request request, Runnable work) {
    try {
      CURRENT.set(request);
      work.run();
      try {
        work.run();
      } finally {
        work.run();
      }
    } finally {
      CURRENT.remove();
    }
  }

  void onlyTheOwnerSetsAndRemoves(Request request, Runnable work) {
    boolean owner = CURRENT.get() == null;
    try {
      if (owner) {
        CURRENT.set(request);
      }
      work.run();
    } finally {
      if (owner) {
        CURRENT.remove();
      }
    }
  }

  void catchAllRethrows(Request request, Runnable work) {
    CURRENT.set(request);
    try {
      work.run();
    } catch (Throwable t) {
      CURRENT.remove();
      throw t;
    }
    CURRENT.remove();
  }
}
