package cases.listener;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Registration shapes the engines' unit tests used to hold each in their own copy: a subject
 * injected through {@code Objects.requireNonNull} and kept, a registration ended by the removal
 * twin of its method ({@code registerListener} by {@code removeListener}), static registries
 * that hold the listener only through a reference (softly, through an anonymous
 * {@code WeakReference}, one declared in another file) and look-alikes that hold it strongly
 * after all (inside an {@code AtomicReference}, a parameter reassigned to a reference but the
 * list given the parameter, the other file's strong method).
 */
class ListenerShapesFromUnitTests implements Runnable {
  static final class Hub {
    private static final Hub INSTANCE = new Hub();
    private final List<Runnable> listeners = new ArrayList<Runnable>();

    static Hub getInstance() {
      return INSTANCE;
    }

    void registerListener(Runnable listener) {
      listeners.add(listener);
    }

    void removeListener(Runnable listener) {
      listeners.remove(listener);
    }
  }

  static final class Weak {
    static final List<Object> ALL = new ArrayList<Object>();
    static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<Object>();
    static final Weak INSTANCE = new Weak();

    static void registerSoftly(String name, Object o) {
      ALL.add(name.isEmpty() ? null : new SoftReference<Object>(o, QUEUE));
    }

    void registerListener(Object o) {
      ALL.add(new WeakReference<Object>(o) {});
    }
  }

  static final class Strong {
    static final List<Object> ALL = new ArrayList<Object>();

    static void registerAtomic(Object o) {
      ALL.add(new AtomicReference<Object>(o));
    }

    static void registerReassigned(Object o) {
      o = new WeakReference<Object>(o);
      ALL.add(o);
    }
  }

  private final SharedBus bus;

  ListenerShapesFromUnitTests(SharedBus bus) {
    this.bus = Objects.requireNonNull(bus, "bus");
    bus.addListener(this); // expect: ListenerLeak
    Hub.getInstance().registerListener(this);
    Weak.registerSoftly("cache", this);
    Weak.INSTANCE.registerListener(this);
    WeakRegistryFromUnitTests.register(this);
    Strong.registerAtomic(this); // expect: ListenerLeak
    Strong.registerReassigned(this); // expect: ListenerLeak
    WeakRegistryFromUnitTests.registerStrongly(this); // expect: ListenerLeak
  }

  void stop() {
    Hub.getInstance().removeListener(this);
  }

  @Override
  public void run() {}
}
