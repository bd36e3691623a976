package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: a package-private static map of a class nested in a private class. No other file can
 * name the private class, nor anything nested in it, so this file holds every use of the map,
 * and nothing here removes from it. Silent: the same map in a class nested in a class other
 * files can reach, whose code may remove from it.
 */
class FieldOfAClassInsideAPrivateClass {
  private static final class Registry {
    static final class Aliases {
      static final Map<String, String> BY_ALIAS = new HashMap<>(); // expect: UnboundedStaticCache
    }
  }

  static final class Open {
    static final class Aliases {
      static final Map<String, String> OPEN_BY_ALIAS = new HashMap<>();
    }
  }

  static void alias(String alias, String name) {
    Registry.Aliases.BY_ALIAS.put(alias, name);
    Open.Aliases.OPEN_BY_ALIAS.put(alias, name);
  }
}
