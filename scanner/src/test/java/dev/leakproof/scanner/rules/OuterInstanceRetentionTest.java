package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test writes a class whose lines that must be flagged end in {@code // flag}; every other
 * line must stay silent.
 */
class OuterInstanceRetentionTest {
  private static final List<SourceRule> RULE = List.of(new OuterInstanceRetention());

  @TempDir Path dir;

  private void assertFlags(String source) {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/T.java", source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    List<Integer> expected = SourceTree.markedLines(source);
    assertEquals(expected, result.findings().stream().map(f -> f.region().startLine()).toList(),
        source);
  }

  @Test
  void flagsEveryLongLivedSink() {
    assertFlags("""
        package p;
        import java.util.*;
        import java.util.concurrent.ExecutorService;
        import java.util.concurrent.Executors;
        import java.util.concurrent.ScheduledExecutorService;
        import java.util.concurrent.TimeUnit;
        class T {
          static Runnable current;
          static final List<Object> ALL = new ArrayList<>();
          static final Map<String, Object> BY_NAME = new HashMap<>();
          static final Timer TIMER = new Timer(true);
          static final ExecutorService POOL = Executors.newCachedThreadPool();
          static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();
          int count;
          class Inner implements Runnable {
            public void run() {}
          }
          class Worker extends Thread {}
          void tick() { count++; }
          void sinks(Timer local) {
            current = new Inner(); // flag
            current = this::tick; // flag
            ALL.add(new Inner()); // flag
            BY_NAME.put("k", (Runnable) () -> tick()); // flag
            new Thread(new Inner(), "worker").start(); // a started thread: silent
            new Worker().start(); // a started thread: silent
            new Thread() { public void run() { count++; } }.start(); // a started thread: silent
            TIMER.schedule(new TimerTask() { public void run() { tick(); } }, 1L); // flag
            local.schedule(new TimerTask() { public void run() { count++; } }, 1L); // flag
            POOL.execute(() -> T.this.tick()); // one-shot: held until it has run
            SCHEDULER.scheduleWithFixedDelay(this::tick, 1L, 1L, TimeUnit.SECONDS); // flag
            Runtime.getRuntime().addShutdownHook(new Thread(this::tick)); // flag
          }
        }
        """);
  }

  @Test
  void judgesAnonymousClassesAndLambdasByWhatTheirBodiesUse() {
    assertFlags("""
        package p;
        class T {
          static Runnable current;
          int count;
          class Inner {}
          void uses() {
            current = new Runnable() { public void run() { System.out.println(T.this); } }; // flag
            current = new Runnable() { public void run() { new Inner(); } }; // flag
            current = () -> System.out.println(this); // flag
            current = () -> { Runnable r = new Runnable() { public void run() { count++; } }; }; // flag
            current = new Runnable() { int mine; public void run() { mine++; this.mine++; } };
          }
          void shadowed() {
            current = () -> { int count = 1; System.out.println(count); };
          }
        }
        """);
  }

  @Test
  void staysSilentWithoutAnEnclosingInstanceOrALongLivedHolder() {
    assertFlags("""
        package p;
        import java.util.ArrayList;
        import java.util.List;
        import java.util.concurrent.ExecutorService;
        import java.util.concurrent.Executors;
        class T {
          static Runnable current;
          static final List<Object> ALL = new ArrayList<>();
          static final ExecutorService POOL = Executors.newCachedThreadPool();
          interface Listener { void on(); }
          static final class Bus {
            static void addListener(Listener l) {}
            void addObserver(Runnable r) {}
          }
          static final Bus BUS = new Bus();
          final List<Object> own = new ArrayList<>();
          Runnable mine;
          int count;
          static class Nested implements Runnable { public void run() {} }
          class Inner implements Runnable { public void run() {} }
          void tick() { count++; }
          static void helper() {}
          void silent(String message, ExecutorService injected) throws InterruptedException {
            current = new Nested();
            current = () -> System.out.println(message);
            current = () -> helper();
            current = message::length;
            ALL.add("value");
            own.add(new Inner());
            mine = new Inner();
            injected.submit(this::tick);
            new Thread(new Nested()).start();
            Thread t = new Thread(new Inner());
            t.start();
            t.join();
            new Thread(new Inner());
            new Thread(new Inner()).run();
            BUS.addObserver(this::tick);
            Bus.addListener(() -> tick());
          }
          static void inStaticContext() {
            current = new Runnable() { public void run() { helper(); } };
            new Thread(() -> helper()).start();
          }
          Runnable returned() {
            return new Inner();
          }
        }
        """);
  }

  @Test
  void staysSilentWhenTheHolderIsNotTheJdkType() {
    assertFlags("""
        package p;
        class T {
          static final class Timer { void schedule(Runnable r, long delay) {} }
          static final Timer TIMER = new Timer();
          int count;
          void notTheJdkTimer() {
            TIMER.schedule(() -> count++, 1L);
          }
        }
        """);
  }

  /** Java 9+, so not in the corpus (compiled at --release 8): the Cleaner keeps the action. */
  @Test
  void flagsACleaningActionThatHoldsTheObjectItCleans() {
    assertFlags("""
        package p;
        import java.lang.ref.Cleaner;
        class T {
          static final Cleaner CLEANER = Cleaner.create();
          int handle;
          static void release(int handle) {}
          T() {
            CLEANER.register(this, () -> release(handle)); // flag
            int copy = handle;
            CLEANER.register(this, () -> release(copy));
            CLEANER.register(new Object(), () -> release(handle));
          }
        }
        """);
  }
}
