package cases.outerinstance;

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

/**
 * Flagged, once for each long-lived sink an object holding this object can be handed to (a static
 * field or collection, a timer, a scheduled executor, a shutdown hook), and for each way an
 * anonymous class or lambda body can hold it; silent where the sink keeps it only for a while
 * (a started thread, a one-shot task).
 */
class EveryLongLivedSinkAndCapture {
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
    current = new Inner(); // expect: OuterInstanceRetention
    current = this::tick; // expect: OuterInstanceRetention
    ALL.add(new Inner()); // expect: OuterInstanceRetention
    BY_NAME.put("k", (Runnable) () -> tick()); // expect: OuterInstanceRetention
    new Thread(new Inner(), "worker").start(); // a started thread keeps its task only while it runs: silent
    new Worker().start(); // a started thread keeps its task only while it runs: silent
    new Thread() { public void run() { count++; } }.start(); // a started thread keeps its task only while it runs: silent
    TIMER.schedule(new TimerTask() { public void run() { tick(); } }, 1L); // expect: OuterInstanceRetention
    local.schedule(new TimerTask() { public void run() { count++; } }, 1L); // expect: OuterInstanceRetention
    POOL.execute(() -> EveryLongLivedSinkAndCapture.this.tick()); // one-shot: held until it has run
    SCHEDULER.scheduleWithFixedDelay(this::tick, 1L, 1L, TimeUnit.SECONDS); // expect: OuterInstanceRetention
    Runtime.getRuntime().addShutdownHook(new Thread(this::tick)); // expect: OuterInstanceRetention
  }

  void bodies() {
    current = new Runnable() { public void run() { System.out.println(EveryLongLivedSinkAndCapture.this); } }; // expect: OuterInstanceRetention
    current = new Runnable() { public void run() { new Inner(); } }; // expect: OuterInstanceRetention
    current = () -> System.out.println(this); // expect: OuterInstanceRetention
    current = () -> { Runnable r = new Runnable() { public void run() { count++; } }; }; // expect: OuterInstanceRetention
  }
}
