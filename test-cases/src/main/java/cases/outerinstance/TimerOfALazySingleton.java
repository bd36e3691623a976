package cases.outerinstance;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Silent: the timer's task keeps the detector alive, but the detector is a singleton (H2's
 * {@code ThreadDeadlockDetector}): a private constructor, called once by the unit, behind a null
 * test of a private static field under the class's lock ({@code static synchronized}), and that
 * field is never written again. The field keeps the one instance as long as the timer does, so the
 * task retains nothing that would otherwise go. The same for the other shapes of a singleton: held
 * by a {@code static final} field, or by a private field written once in a {@code static} block.
 */
final class TimerOfALazySingleton {
  private static TimerOfALazySingleton detector;

  private int checks;

  private TimerOfALazySingleton() {
    Timer timer = new Timer("detector", true);
    timer.schedule(new TimerTask() {
      @Override
      public void run() {
        checks++;
      }
    }, 10L, 10_000L);
  }

  static synchronized void init() {
    if (detector == null) {
      detector = new TimerOfALazySingleton();
    }
  }

  static final class HeldByStaticFinalField {
    private static final HeldByStaticFinalField INSTANCE = new HeldByStaticFinalField();
    private int checks;

    private HeldByStaticFinalField() {
      Timer timer = new Timer(true);
      timer.schedule(new TimerTask() {
        @Override
        public void run() {
          checks++;
        }
      }, 10L, 10_000L);
    }

    static HeldByStaticFinalField get() {
      return INSTANCE;
    }
  }

  static final class WrittenOnceInAStaticBlock {
    private static WrittenOnceInAStaticBlock instance;

    static {
      instance = new WrittenOnceInAStaticBlock();
    }

    private int checks;

    private WrittenOnceInAStaticBlock() {
      Timer timer = new Timer(true);
      timer.schedule(new TimerTask() {
        @Override
        public void run() {
          checks++;
        }
      }, 10L, 10_000L);
    }

    static WrittenOnceInAStaticBlock get() {
      return instance;
    }
  }
}
