package cases.outerinstance;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Flagged: {@code this::poll} is bound to {@code this}; a periodic task on a static scheduler is kept until cancelled, which nothing does. */
class MethodReferenceScheduledOnStaticScheduler {
  private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();

  private long polls;

  void start() {
    SCHEDULER.scheduleAtFixedRate(this::poll, 0L, 1L, TimeUnit.SECONDS); // expect: OuterInstanceRetention
  }

  private void poll() {
    polls++;
  }
}
