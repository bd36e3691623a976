package cases.staticcache;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: a singleton made on first use (a private constructor called once, behind a null test
 * of a private static field that nothing else writes, under the class's lock) keeps its instance
 * fields as long as a static one.
 */
final class LazySingletonFieldGrows {
  private static LazySingletonFieldGrows instance;

  private final List<Runnable> handlers = new ArrayList<>(); // expect: UnboundedStaticCache

  private LazySingletonFieldGrows() {
  }

  static synchronized LazySingletonFieldGrows getInstance() {
    if (instance == null) {
      instance = new LazySingletonFieldGrows();
    }
    return instance;
  }

  void register(Runnable handler) {
    handlers.add(handler);
  }

  void runAll() {
    for (Runnable handler : handlers) {
      handler.run();
    }
  }
}
