package cases.outerinstance;

/**
 * Silent: a static {@code Timer} of the project's own, not {@code java.util.Timer}: nothing says
 * it keeps the task it is given.
 */
class ProjectTimerNotTheJdksFromUnitTests {
  static final class Timer {
    void schedule(Runnable task, long delay) {}
  }

  static final Timer TIMER = new Timer();
  int count;

  void notTheJdkTimer() {
    TIMER.schedule(() -> count++, 1L);
  }
}
