package cases.outerinstance;

import java.util.ArrayList;
import java.util.List;

/** Flagged: the lambda calls an instance method, so it captures {@code this}; the started thread keeps both alive. */
class ThisLambdaStartedInThread {
  private final List<String> inbox = new ArrayList<>();

  void listen() {
    new Thread(() -> this.drain()).start(); // expect: OuterInstanceRetention
  }

  private void drain() {
    inbox.clear();
  }
}
