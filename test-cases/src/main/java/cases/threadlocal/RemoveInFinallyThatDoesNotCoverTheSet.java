package cases.threadlocal;

/**
 * Flagged: each method has a {@code finally} that removes the value, but the set is not covered
 * by it: work runs between the set and the {@code try}, or the value is set in a loop before
 * the {@code try} begins. An exception there leaves the value on the thread.
 */
class RemoveInFinallyThatDoesNotCoverTheSet {
  static final class Job {}

  private static final ThreadLocal<Job> CURRENT = new ThreadLocal<>();

  void workBeforeTheTry(Job job, Runnable work) {
    CURRENT.set(job); // expect: ThreadLocalNotRemoved
    work.run();
    try {
      work.run();
    } finally {
      CURRENT.remove();
    }
  }

  void setInALoopBeforeTheTry(Iterable<Job> jobs) {
    for (Job job : jobs) {
      CURRENT.set(job); // expect: ThreadLocalNotRemoved
    }
    try {
      System.out.println(CURRENT.get());
    } finally {
      CURRENT.remove();
    }
  }
}
