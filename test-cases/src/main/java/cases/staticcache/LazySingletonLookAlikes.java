package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: each class makes its instance on first use into a static field, but nothing proves the
 * field keeps one instance for good, so each growing map may go with its owner: the field is
 * written again by an instance method, and it is not private (any class of the package may reset
 * it). The lazy getter without a lock and the creation in a loop are
 * {@code SingletonLookAlikesWithMoreInstances}.
 */
class LazySingletonLookAlikes {
  static final class ResetByInstanceMethod {
    private static ResetByInstanceMethod current;
    private final Map<String, String> m = new HashMap<>();

    private ResetByInstanceMethod() {}

    static synchronized ResetByInstanceMethod getInstance() {
      if (current == null) {
        current = new ResetByInstanceMethod();
      }
      return current;
    }

    void makeCurrent() {
      current = this;
    }

    void put(String k) {
      m.put(k, k);
    }
  }

  static final class PackageVisibleHolder {
    static PackageVisibleHolder instance;
    private final Map<String, String> m = new HashMap<>();

    private PackageVisibleHolder() {}

    static synchronized PackageVisibleHolder getInstance() {
      if (instance == null) {
        instance = new PackageVisibleHolder();
      }
      return instance;
    }

    void put(String k) {
      m.put(k, k);
    }
  }
}
