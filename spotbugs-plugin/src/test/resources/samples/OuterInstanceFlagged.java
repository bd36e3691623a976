package samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Every line ending in "// flag" hands an object holding this to a long-lived sink. */
class OuterInstanceFlagged {
  static Runnable current;
  static final List<Object> ALL = new ArrayList<Object>();
  static final Map<String, Object> BY_NAME = new HashMap<String, Object>();
  static final Timer TIMER = new Timer(true);
  static final ExecutorService POOL = Executors.newCachedThreadPool();
  static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();
  int count;

  class Inner implements Runnable {
    public void run() {}
  }

  class Worker extends Thread {}

  void tick() {
    count++;
  }

  void sinks(Timer local) {
    current = new Inner(); // flag
    current = this::tick; // flag
    ALL.add(new Inner()); // flag
    BY_NAME.put("k", (Runnable) () -> tick()); // flag
    new Thread(new Inner(), "worker").start(); // a started thread keeps its task only while it runs: silent
    new Worker().start(); // a started thread keeps its task only while it runs: silent
    new Thread() { public void run() { count++; } }.start(); // a started thread keeps its task only while it runs: silent
    TIMER.schedule(new TimerTask() { public void run() { tick(); } }, 1L); // flag
    local.schedule(new TimerTask() { public void run() { count++; } }, 1L); // flag
    POOL.execute(() -> OuterInstanceFlagged.this.tick()); // one-shot: held until it has run
    SCHEDULER.scheduleWithFixedDelay(this::tick, 1L, 1L, TimeUnit.SECONDS); // flag
    Runtime.getRuntime().addShutdownHook(new Thread(this::tick)); // flag
  }

  void bodies() {
    current = new Runnable() { public void run() { System.out.println(OuterInstanceFlagged.this); } }; // flag
    current = new Runnable() { public void run() { new Inner(); } }; // flag
    current = () -> System.out.println(this); // flag
    current = () -> { Runnable r = new Runnable() { public void run() { count++; } }; }; // flag
  }
}
