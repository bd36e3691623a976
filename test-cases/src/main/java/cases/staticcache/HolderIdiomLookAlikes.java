package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: holder classes that do not keep one instance for the life of the class loader. A
 * holder field that is not final can be let go of ({@code reset()} sets it to null), and a
 * nested factory that makes an instance per call makes as many as it is called.
 */
final class HolderIdiomLookAlikes {
  static final class NonFinalHolder {
    private final Map<String, String> seen = new HashMap<>();

    private NonFinalHolder() {}

    private static final class Lazy {
      static NonFinalHolder instance = new NonFinalHolder();
    }

    static void reset() {
      Lazy.instance = null;
    }

    void see(String value) {
      seen.put(value, value);
    }
  }

  static final class MadeByNestedFactory {
    private final Map<String, String> seen = new HashMap<>();

    private MadeByNestedFactory() {}

    private static final class Factory {
      static MadeByNestedFactory make() {
        return new MadeByNestedFactory();
      }
    }

    void see(String value) {
      seen.put(value, value);
    }
  }
}
