package cases.threadlocal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * Flagged: per-thread queues that can keep application objects. One is set new and empty, but
 * nothing ever takes an element out of it, so each pooled thread keeps every job queued on it;
 * the other is set to a copy of a caller's collection, which comes filled, so draining in
 * another method does not make it a begin/end pair. The third is created empty by a lazy
 * accessor that hands it to its callers, who can add to it unseen.
 */
class PerThreadQueueLookAlikes {
  private static final ThreadLocal<Deque<Runnable>> NEVER_DRAINED = new ThreadLocal<>();
  private static final ThreadLocal<Deque<Runnable>> COPIED = new ThreadLocal<>();
  private static final ThreadLocal<List<Object>> PENDING = new ThreadLocal<>();

  void startBatch() {
    NEVER_DRAINED.set(new ArrayDeque<>()); // expect: ThreadLocalNotRemoved
  }

  void queue(Runnable job) {
    NEVER_DRAINED.get().add(job);
  }

  void adopt(Collection<Runnable> pending) {
    COPIED.set(new ArrayDeque<>(pending)); // expect: ThreadLocalNotRemoved
  }

  void offer(Runnable job) {
    COPIED.get().add(job);
  }

  void drain() {
    for (Runnable job = COPIED.get().poll(); job != null; job = COPIED.get().poll()) {
      job.run();
    }
  }

  static List<Object> pending() {
    List<Object> list = PENDING.get();
    if (list == null) {
      PENDING.set(list = new ArrayList<>()); // expect: ThreadLocalNotRemoved
    }
    return list;
  }

  private static final ThreadLocal<Deque<Runnable>> PRIMED = new ThreadLocal<>();
  private static final Runnable WARM_UP = new Runnable() {
    @Override
    public void run() {}
  };

  /** Drained in another method, but set to a new anonymous subclass that comes with a first job. */
  static void startPrimed() {
    PRIMED.set(new ArrayDeque<Runnable>() { { add(WARM_UP); } }); // expect: ThreadLocalNotRemoved
  }

  static void queuePrimed(Runnable job) {
    PRIMED.get().add(job);
  }

  static void drainPrimed() {
    for (Runnable job = PRIMED.get().poll(); job != null; job = PRIMED.get().poll()) {
      job.run();
    }
  }
}
