package cases.outerinstance;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Flagged: a local class declared in an interface's default method holds the object the method
 * runs on (any implementation of the interface), and {@code startPolling()} schedules a new one,
 * repeating, on the interface's constant timer (static without saying so), which keeps it until
 * cancelled. The file spells the keyword for a class declaration once, and has no lambda and no
 * anonymous class: the scanner's text filter once looked for a second such keyword to find an
 * inner or local class and skipped this file (issue #12); ScannerPrefilterTest scans the corpus
 * with and without the filter. Look-alikes: {@link LocalClassInInterfaceWithoutEnclosingInstance}.
 */
interface LocalClassInInterfaceDefaultMethod {
  Timer TIMER = new Timer(true);

  String name();

  default void startPolling() {
    class Poll extends TimerTask {
      @Override
      public void run() {
        System.out.println(name());
      }
    }
    TIMER.schedule(new Poll(), 0L, 1000L); // expect: OuterInstanceRetention
  }
}
