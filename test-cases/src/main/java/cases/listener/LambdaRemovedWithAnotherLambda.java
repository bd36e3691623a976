package cases.listener;

import java.util.ArrayList;
import java.util.List;

/** Flagged: the lambda passed to the removal is a different object from the registered one. */
class LambdaRemovedWithAnotherLambda {
  interface Listener {
    void onEvent(String event);
  }

  static final class Bus {
    static final Bus SHARED = new Bus();
    private final List<Listener> listeners = new ArrayList<>();

    void addListener(Listener listener) {
      listeners.add(listener);
    }

    void removeListener(Listener listener) {
      listeners.remove(listener);
    }
  }

  private int received;

  void open() {
    Bus.SHARED.addListener(event -> received++); // expect: ListenerLeak "passes a new lambda"
  }

  void close() {
    Bus.SHARED.removeListener(event -> received++);
  }
}
