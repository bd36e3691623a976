package cases.listener;

import java.util.Observable;
import java.util.Observer;

/** Silent: the observer added to the static Observable is deleted again in {@code stop()}. */
class DeleteObserverPresent implements Observer {
  private static final Observable PRICES = new Observable();

  private Object lastPrice;

  void start() {
    PRICES.addObserver(this);
  }

  void stop() {
    PRICES.deleteObserver(this);
  }

  @Override
  public void update(Observable source, Object price) {
    lastPrice = price;
  }
}
