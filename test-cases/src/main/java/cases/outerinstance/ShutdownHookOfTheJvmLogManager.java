package cases.outerinstance;

import java.util.logging.LogManager;

/**
 * Silent: a custom {@code java.util.logging} log manager (Tomcat's {@code ClassLoaderLogManager})
 * registers a shutdown hook in its constructor. The JDK makes one log manager, at startup from
 * the {@code java.util.logging.manager} property, and keeps it for the life of the JVM, as long
 * as the hook; its own {@code LogManager} constructor registers a hook the same way.
 */
class ShutdownHookOfTheJvmLogManager extends LogManager {
  private final class Cleaner extends Thread {
    @Override
    public void run() {
      reset();
    }
  }

  ShutdownHookOfTheJvmLogManager() {
    Runtime.getRuntime().addShutdownHook(new Cleaner());
  }
}
