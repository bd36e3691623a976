package cases.outerinstance;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: the lambda captures {@code this}, but a started thread keeps its task only while it
 * runs; when it ends the object is collectable again (starting it asks for exactly that).
 */
class ThisLambdaStartedInThread {
  private final List<String> inbox = new ArrayList<>();

  void listen() {
    new Thread(() -> this.drain()).start();
  }

  private void drain() {
    inbox.clear();
  }
}
