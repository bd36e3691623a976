package cases.threadlocal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Not flagged: a lambda handed to a method that runs it on the caller's thread (a template or
 * callback of the application's own, not a JDK executor), removed in the caller's finally on that
 * same thread; and a task that removes the value in a finally of its own.
 */
class SetInTaskLookAlikes {
  private static final ExecutorService POOL = Executors.newSingleThreadExecutor();
  private static final ThreadLocal<Account> CURRENT = new ThreadLocal<>();

  static final class Account {
    final String id;

    Account(String id) {
      this.id = id;
    }
  }

  /** Runs the work right away, on the calling thread. */
  static final class Template {
    void execute(Runnable work) {
      work.run();
    }
  }

  static void inTemplate(Template template, String id, Runnable work) {
    try {
      template.execute(() -> {
        CURRENT.set(new Account(id));
        work.run();
      });
    } finally {
      CURRENT.remove();
    }
  }

  static void inTaskWithItsOwnFinally(String id, Runnable work) {
    POOL.execute(() -> {
      CURRENT.set(new Account(id));
      try {
        work.run();
      } finally {
        CURRENT.remove();
      }
    });
  }
}
