package cases.listener;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * A registration that is the whole body of a lambda. When the lambda returns nothing
 * ({@code Runnable}), the registration's result is thrown away as in a statement: a handle that
 * could unsubscribe is lost, and the registration is judged as any other. When the lambda returns
 * the result ({@code Callable}), its caller gets the handle and may close it: not flagged, as
 * {@code AutoCloseable s = bus.subscribe(this)} is not.
 */
class RegisteredByALambdasBody implements Runnable {
  void start(Executor executor) {
    executor.execute(() -> SharedBus.INSTANCE.addListener(this)); // expect: ListenerLeak
    executor.execute(() -> SharedBus.OTHER.subscribe(this)); // expect: ListenerLeak
  }

  Callable<AutoCloseable> subscription() {
    return () -> SharedBus.OTHER.subscribe(this);
  }

  @Override
  public void run() {}
}
