package listeners;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Registries that hold the registering object only through a reference, and look-alikes that do not. */
class WeaklyHeldRegistries {
  private static final class Cleanup extends PhantomReference<WeaklyHeldRegistries> {
    static final List<Cleanup> ALL = new ArrayList<>();

    static void register(WeaklyHeldRegistries owner) {
      ALL.add(new Cleanup(owner));
    }

    private Cleanup(WeaklyHeldRegistries referent) {
      super(referent, new ReferenceQueue<WeaklyHeldRegistries>());
    }
  }

  static final class Weak {
    static final List<Object> ALL = new ArrayList<>();
    static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    static final Weak INSTANCE = new Weak();

    static void register(Object o) {
      ALL.add(new WeakReference<>(o));
    }

    static void registerSoftly(String name, Object o) {
      ALL.add(name.isEmpty() ? null : new SoftReference<>(o, QUEUE));
    }

    void registerListener(Object o) {
      ALL.add(new WeakReference<Object>(o) {});
    }
  }

  static final class Strong {
    static final List<Object> ALL = new ArrayList<>();
    static final Map<Object, Object> BY_KEY = new HashMap<>();

    static void register(Object o) {
      ALL.add(o);
    }

    static void registerKeyed(Object o) {
      BY_KEY.put(new WeakReference<>(o), o);
    }

    static void registerAtomic(Object o) {
      ALL.add(new AtomicReference<>(o));
    }

    static void registerReassigned(Object o) {
      o = new WeakReference<>(o);
      ALL.add(o);
    }
  }

  WeaklyHeldRegistries() {
    Cleanup.register(this);
    Weak.register(this);
    Weak.registerSoftly("cache", this);
    Weak.INSTANCE.registerListener(this);
    Strong.register(this); // flag
    Strong.registerKeyed(this); // flag
    Strong.registerAtomic(this); // flag
    Strong.registerReassigned(this); // flag
    Bus.register(this); // flag
  }
}
