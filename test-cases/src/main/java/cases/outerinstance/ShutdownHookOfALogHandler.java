package cases.outerinstance;

import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Flagged: the look-alike of {@link ShutdownHookOfTheJvmLogManager} for a logging class the JDK
 * does not keep once per JVM: a {@code Handler} is made per configuration, and every one that
 * registers a hook stays reachable from the JVM's hook list until exit, however often the
 * logging is reconfigured.
 */
class ShutdownHookOfALogHandler extends Handler {
  private final class Flusher extends Thread {
    @Override
    public void run() {
      flush();
    }
  }

  ShutdownHookOfALogHandler() {
    Runtime.getRuntime().addShutdownHook(new Flusher()); // expect: OuterInstanceRetention
  }

  @Override
  public void publish(LogRecord record) {}

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
