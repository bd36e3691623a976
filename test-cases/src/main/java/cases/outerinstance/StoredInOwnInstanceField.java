package cases.outerinstance;

/** Silent: the anonymous class and the inner instance are stored in the outer object's own fields; they die with it. */
class StoredInOwnInstanceField {
  private final Runnable onClick;
  private final Counter counter;
  private int clicks;

  private final class Counter {
    int value() {
      return clicks;
    }
  }

  StoredInOwnInstanceField() {
    this.onClick = new Runnable() {
      @Override
      public void run() {
        clicks++;
      }
    };
    this.counter = new Counter();
  }

  int click() {
    onClick.run();
    return counter.value();
  }
}
