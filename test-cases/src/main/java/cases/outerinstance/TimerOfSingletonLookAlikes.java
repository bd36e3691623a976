package cases.outerinstance;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Flagged: each class keeps an instance in a static field, but nothing proves it is the only one
 * or that the field keeps it, so a timer task holding it may keep an object alive that would
 * otherwise go: the field is written again by an instance method, it is not private (any class
 * of the package may reset it), the creation sits in a loop, and a lazy getter without a lock
 * (two threads may each make one).
 */
class TimerOfSingletonLookAlikes {
  static final class ResetByInstanceMethod {
    private static ResetByInstanceMethod current;
    private int checks;

    private ResetByInstanceMethod() {
      Timer timer = new Timer(true);
      timer.schedule(new TimerTask() { // expect: OuterInstanceRetention
        @Override
        public void run() {
          checks++;
        }
      }, 10L, 10_000L);
    }

    static synchronized void init() {
      if (current == null) {
        current = new ResetByInstanceMethod();
      }
    }

    void makeCurrent() {
      current = this;
    }
  }

  static final class PackageVisibleHolder {
    static PackageVisibleHolder detector;
    private int checks;

    private PackageVisibleHolder() {
      Timer timer = new Timer(true);
      timer.schedule(new TimerTask() { // expect: OuterInstanceRetention
        @Override
        public void run() {
          checks++;
        }
      }, 10L, 10_000L);
    }

    static synchronized void init() {
      if (detector == null) {
        detector = new PackageVisibleHolder();
      }
    }
  }

  static final class MadeInALoop {
    private static MadeInALoop last;

    static {
      for (int i = 0; i < 3; i++) {
        last = new MadeInALoop();
      }
    }

    private int checks;

    private MadeInALoop() {
      Timer timer = new Timer(true);
      timer.schedule(new TimerTask() { // expect: OuterInstanceRetention
        @Override
        public void run() {
          checks++;
        }
      }, 10L, 10_000L);
    }
  }

  static final class UnlockedLazyGetter {
    private static UnlockedLazyGetter instance;
    private int checks;

    private UnlockedLazyGetter() {
      Timer timer = new Timer(true);
      timer.schedule(new TimerTask() { // expect: OuterInstanceRetention
        @Override
        public void run() {
          checks++;
        }
      }, 10L, 10_000L);
    }

    static UnlockedLazyGetter get() {
      if (instance == null) {
        instance = new UnlockedLazyGetter();
      }
      return instance;
    }
  }
}
