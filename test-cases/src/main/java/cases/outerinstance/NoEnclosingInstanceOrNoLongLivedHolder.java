package cases.outerinstance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Silent: nothing here hands an object holding this object to a long-lived sink (static nested
 * classes, lambdas and anonymous classes that use no outer instance, own fields, injected or
 * joined threads, a value returned). The two registrations on a static subject are ListenerLeak's
 * to report, not this rule's.
 */
class NoEnclosingInstanceOrNoLongLivedHolder {
  static Runnable current;
  static final List<Object> ALL = new ArrayList<Object>();
  static final ExecutorService POOL = Executors.newCachedThreadPool();

  interface Listener {
    void on();
  }

  static final class Bus {
    static void addListener(Listener l) {}

    void addObserver(Runnable r) {}
  }

  static final Bus BUS = new Bus();
  final List<Object> own = new ArrayList<Object>();
  Runnable mine;
  int count;

  static class Nested implements Runnable {
    public void run() {}
  }

  class Inner implements Runnable {
    public void run() {}
  }

  void tick() {
    count++;
  }

  static void helper() {}

  void silent(final String message, ExecutorService injected) throws InterruptedException {
    current = new Nested();
    current = () -> System.out.println(message);
    current = () -> helper();
    current = message::length;
    current = new Runnable() {
      int mineToo;

      public void run() {
        mineToo++;
        this.mineToo++;
        helper();
      }
    };
    current = new Runnable() {
      public void run() {
        System.out.println(message);
      }
    };
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
    BUS.addObserver(this::tick); // expect: ListenerLeak
    Bus.addListener(() -> tick()); // expect: ListenerLeak
    current = count > 0 ? new Inner() : null;
  }

  void shadowed() {
    current = () -> {
      int count = 1;
      System.out.println(count);
    };
  }

  static void inStaticContext() {
    current = new Runnable() {
      public void run() {
        helper();
      }
    };
    new Thread(() -> helper()).start();
  }

  Runnable returned() {
    return new Inner();
  }
}
