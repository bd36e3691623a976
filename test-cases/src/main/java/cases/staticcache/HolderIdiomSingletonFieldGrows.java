package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: a singleton made by the initialization-on-demand holder idiom (its only instance is
 * held by a nested class's static final field) keeps its instance fields as long as a static one.
 */
final class HolderIdiomSingletonFieldGrows {
  private final Map<String, String> seen = new HashMap<>(); // expect: UnboundedStaticCache

  private HolderIdiomSingletonFieldGrows() {}

  private static final class Lazy {
    static final HolderIdiomSingletonFieldGrows INSTANCE = new HolderIdiomSingletonFieldGrows();
  }

  static HolderIdiomSingletonFieldGrows get() {
    return Lazy.INSTANCE;
  }

  void see(String value) {
    seen.put(value, value);
  }
}
