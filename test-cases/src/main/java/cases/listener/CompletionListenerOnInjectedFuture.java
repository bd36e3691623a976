package cases.listener;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * Silent: a future runs a completion listener once, when it completes, and drops it then; it
 * does not keep it for its own lifetime the way a subject keeps a subscription (Guava's
 * {@code ListenableFuture.addListener}, Netty's {@code Future.addListener}).
 */
class CompletionListenerOnInjectedFuture {
  interface ListenableFuture<V> extends Future<V> {
    void addListener(Runnable listener, Executor executor);
  }

  private final ListenableFuture<String> future;
  private boolean finished;

  CompletionListenerOnInjectedFuture(ListenableFuture<String> future) {
    this.future = future;
  }

  void closeWhenDone(Executor executor) {
    future.addListener(() -> finished = true, executor);
  }
}
