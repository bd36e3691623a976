package cases.outerinstance;

import java.util.Timer;
import java.util.TimerTask;

/** Flagged: a static Timer's thread keeps the repeating anonymous TimerTask, and through it the outer object, forever. */
class TimerTaskOnStaticTimer {
  private static final Timer TIMER = new Timer(true);

  private int polls;

  void startPolling() {
    TIMER.schedule(new TimerTask() { // expect: OuterInstanceRetention
      @Override
      public void run() {
        polls++;
      }
    }, 0L, 1000L);
  }
}
