package cases.threadlocal;

import java.lang.ref.SoftReference;

/**
 * Silent: the per-thread recycler is an application class, but the thread holds it only through
 * a SoftReference, which the collector clears before memory runs out; the thread's map holds a
 * JDK object that pins nothing (the pattern of Jackson's BufferRecyclers).
 */
class SoftlyHeldRecyclerPerThread {
  static final class Recycler {
    final byte[] buffer = new byte[8000];
  }

  private static final ThreadLocal<SoftReference<Recycler>> RECYCLER = new ThreadLocal<>();

  static Recycler recycler() {
    SoftReference<Recycler> reference = RECYCLER.get();
    Recycler recycler = reference == null ? null : reference.get();
    if (recycler == null) {
      recycler = new Recycler();
      RECYCLER.set(new SoftReference<>(recycler));
    }
    return recycler;
  }
}
