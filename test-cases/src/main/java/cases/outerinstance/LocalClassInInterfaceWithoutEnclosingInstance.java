package cases.outerinstance;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Silent (look-alikes of {@link LocalClassInInterfaceDefaultMethod}): a local class made in a
 * static interface method has no enclosing instance, and one made in a default method but only
 * run once, here and now, is gone when the method returns.
 */
interface LocalClassInInterfaceWithoutEnclosingInstance {
  Timer TIMER = new Timer(true);

  String name();

  default void pollOnce() {
    class Poll extends TimerTask {
      @Override
      public void run() {
        System.out.println(name());
      }
    }
    new Poll().run();
  }

  static void startTicking() {
    class Tick extends TimerTask {
      @Override
      public void run() {
        System.out.println("tick");
      }
    }
    TIMER.schedule(new Tick(), 0L, 1000L);
  }
}
