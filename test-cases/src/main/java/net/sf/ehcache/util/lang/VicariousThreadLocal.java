package net.sf.ehcache.util.lang;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for ehcache's {@code net.sf.ehcache.util.lang.VicariousThreadLocal} (ehcache 2.10), so
 * that the corpus compiles without ehcache: as there, {@code get}, {@code set} and {@code remove}
 * keep each thread's value in a holder this object links strongly, and the thread's own map gets
 * only a {@code WeakReference} to that holder (ehcache also drops the holders of dead threads).
 */
public class VicariousThreadLocal<T> extends ThreadLocal<T> {
  private static final Object UNINITIALISED = new Object();

  private final ThreadLocal<WeakReference<Holder>> local = new ThreadLocal<>();
  private final List<Holder> strongRefs = new ArrayList<>();

  private static final class Holder {
    Object value = UNINITIALISED;
  }

  @SuppressWarnings("unchecked")
  @Override
  public T get() {
    Holder holder = holder();
    if (holder.value == UNINITIALISED) {
      holder.value = initialValue();
    }
    return (T) holder.value;
  }

  @Override
  public void set(T value) {
    holder().value = value;
  }

  @Override
  public void remove() {
    holder().value = UNINITIALISED;
  }

  private Holder holder() {
    WeakReference<Holder> ref = local.get();
    Holder holder = ref == null ? null : ref.get();
    if (holder == null) {
      holder = new Holder();
      synchronized (strongRefs) {
        strongRefs.add(holder);
      }
      local.set(new WeakReference<>(holder));
    }
    return holder;
  }
}
