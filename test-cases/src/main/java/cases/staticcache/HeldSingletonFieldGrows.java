package cases.staticcache;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: the only instance (private constructor, made once in a static field) lives as long as
 * the class loader, and so does everything registered with it.
 */
final class HeldSingletonFieldGrows {
  private static final HeldSingletonFieldGrows INSTANCE = new HeldSingletonFieldGrows();

  private final List<Runnable> handlers = new ArrayList<>(); // expect: UnboundedStaticCache

  private HeldSingletonFieldGrows() {
  }

  static HeldSingletonFieldGrows instance() {
    return INSTANCE;
  }

  void register(Runnable handler) {
    this.handlers.add(handler);
  }

  void runAll() {
    for (Runnable handler : handlers) {
      handler.run();
    }
  }
}
