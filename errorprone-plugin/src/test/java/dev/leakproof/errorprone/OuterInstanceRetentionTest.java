package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class OuterInstanceRetentionTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(OuterInstanceRetention.class, getClass());

  @Test
  void flagsEveryLongLivedSink() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.ArrayList;",
            "import java.util.HashMap;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Timer;",
            "import java.util.TimerTask;",
            "import java.util.concurrent.ExecutorService;",
            "import java.util.concurrent.Executors;",
            "import java.util.concurrent.ScheduledExecutorService;",
            "import java.util.concurrent.TimeUnit;",
            "class Test {",
            "  static Runnable current;",
            "  static final List<Object> ALL = new ArrayList<>();",
            "  static final Map<String, Object> BY_NAME = new HashMap<>();",
            "  static final Timer TIMER = new Timer(true);",
            "  static final ExecutorService POOL = Executors.newCachedThreadPool();",
            "  static final ScheduledExecutorService SCHEDULER =",
            "      Executors.newSingleThreadScheduledExecutor();",
            "  int count;",
            "  class Inner implements Runnable {",
            "    public void run() {}",
            "  }",
            "  class Worker extends Thread {}",
            "  void tick() { count++; }",
            "  void sinks() {",
            "    // BUG: Diagnostic contains: static field 'current'",
            "    current = new Inner();",
            "    // BUG: Diagnostic contains: OuterInstanceRetention",
            "    current = this::tick;",
            "    // BUG: Diagnostic contains: static collection 'ALL'",
            "    ALL.add(new Inner());",
            "    // BUG: Diagnostic contains: static collection 'BY_NAME'",
            "    BY_NAME.put(\"k\", (Runnable) () -> tick());",
            "    // a started thread keeps its task only while it runs: no finding",
            "    new Thread(new Inner(), \"worker\").start();",
            "    new Worker().start();",
            "    new Thread() { public void run() { count++; } }.start();",
            "    // BUG: Diagnostic contains: Timer",
            "    TIMER.schedule(new TimerTask() { public void run() { tick(); } }, 1L);",
            "    POOL.execute(() -> Test.this.tick());",
            "    // BUG: Diagnostic contains: static executor 'SCHEDULER'",
            "    SCHEDULER.scheduleWithFixedDelay(this::tick, 1L, 1L, TimeUnit.SECONDS);",
            "    // BUG: Diagnostic contains: shutdown hook",
            "    Runtime.getRuntime().addShutdownHook(new Thread(this::tick));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsAnonymousClassesAndLambdasByWhatTheirBodiesUse() {
    helper
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  static Runnable current;",
            "  int count;",
            "  class Inner {}",
            "  void uses() {",
            "    // BUG: Diagnostic contains: OuterInstanceRetention",
            "    current = new Runnable() { public void run() { System.out.println(Test.this); } };",
            "    // BUG: Diagnostic contains: OuterInstanceRetention",
            "    current = new Runnable() { public void run() { new Inner(); } };",
            "    // BUG: Diagnostic contains: OuterInstanceRetention",
            "    current = () -> System.out.println(this);",
            "    // BUG: Diagnostic contains: OuterInstanceRetention",
            "    current = () -> { Runnable r = new Runnable() { public void run() { count++; } }; };",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void staysSilentWithoutAnEnclosingInstanceOrALongLivedHolder() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "import java.util.concurrent.ExecutorService;",
            "import java.util.concurrent.Executors;",
            "class Test {",
            "  static Runnable current;",
            "  static final List<Object> ALL = new ArrayList<>();",
            "  static final ExecutorService POOL = Executors.newCachedThreadPool();",
            "  interface Listener { void on(); }",
            "  static final class Bus {",
            "    static void addListener(Listener l) {}",
            "    void addObserver(Runnable r) {}",
            "  }",
            "  static final Bus BUS = new Bus();",
            "  final List<Object> own = new ArrayList<>();",
            "  Runnable mine;",
            "  int count;",
            "  static class Nested implements Runnable { public void run() {} }",
            "  class Inner implements Runnable { public void run() {} }",
            "  void tick() { count++; }",
            "  static void helper() {}",
            "  void silent(String message, ExecutorService injected) throws InterruptedException {",
            "    current = new Nested();",
            "    current = () -> System.out.println(message);",
            "    current = () -> helper();",
            "    current = message::length;",
            "    current = new Runnable() {",
            "      int mineToo;",
            "      public void run() { mineToo++; this.mineToo++; helper(); }",
            "    };",
            "    ALL.add(\"value\");",
            "    own.add(new Inner());",
            "    mine = new Inner();",
            "    injected.submit(this::tick);",
            "    new Thread(new Nested()).start();",
            "    Thread t = new Thread(new Inner());",
            "    t.start();",
            "    t.join();",
            "    new Thread(new Inner());",
            "    new Thread(new Inner()).run();",
            "    BUS.addObserver(this::tick);",
            "    Bus.addListener(() -> tick());",
            "  }",
            "  static void inStaticContext() {",
            "    current = new Runnable() { public void run() { helper(); } };",
            "    new Thread(() -> helper()).start();",
            "  }",
            "  Runnable returned() {",
            "    return new Inner();",
            "  }",
            "}")
        .doTest();
  }

  /** Java 9+, so not in the corpus (compiled at --release 8): the Cleaner keeps the action. */
  @Test
  void flagsACleaningActionThatHoldsTheObjectItCleans() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.lang.ref.Cleaner;",
            "class Test {",
            "  static final Cleaner CLEANER = Cleaner.create();",
            "  int handle;",
            "  static void release(int handle) {}",
            "  Test() {",
            "    // BUG: Diagnostic contains: the Cleaner keeps the lambda until this object becomes",
            "    CLEANER.register(this, () -> release(handle));",
            "    int copy = handle;",
            "    CLEANER.register(this, () -> release(copy));",
            "    CLEANER.register(new Object(), () -> release(handle));",
            "  }",
            "}")
        .doTest();
  }
}
