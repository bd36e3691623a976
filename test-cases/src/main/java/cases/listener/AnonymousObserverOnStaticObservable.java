package cases.listener;

import java.util.Observable;
import java.util.Observer;

/** Flagged: an anonymous Observer (it holds {@code this}) added to a static Observable and never deleted. */
class AnonymousObserverOnStaticObservable {
  private static final Observable PRICES = new Observable();

  private int updates;

  void watch() {
    Observer observer = new Observer() {
      @Override
      public void update(Observable source, Object price) {
        updates++;
      }
    };
    PRICES.addObserver(observer); // expect: ListenerLeak
  }

  int updates() {
    return updates;
  }
}
