package cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Silent: a static helper that takes the subject as an argument registers on that argument, not
 * on JVM-wide state; here the subject is this object itself (Guava's FluentFuture calls
 * {@code Futures.addCallback(this, callback, executor)}).
 */
class StaticHelperRegistersOnItsArgument {
  interface Callback {
    void done();
  }

  static final class Callbacks {
    static void addCallback(StaticHelperRegistersOnItsArgument target, Callback callback,
        Executor executor) {
      target.callbacks.add(() -> executor.execute(callback::done));
    }
  }

  private final List<Runnable> callbacks = new ArrayList<>();

  void whenDone(Callback callback, Executor executor) {
    Callbacks.addCallback(this, callback, executor);
  }
}
