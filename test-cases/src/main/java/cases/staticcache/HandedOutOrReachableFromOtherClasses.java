package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: other code can reach each map and may remove from it: a package-private field, a map
 * the class returns, one it passes to a method that clears it, and one it aliases in a local.
 */
class HandedOutOrReachableFromOtherClasses {
  static final Map<String, String> PACKAGE = new HashMap<>();
  private static final Map<String, String> RETURNED = new HashMap<>();
  private static final Map<String, String> PASSED = new HashMap<>();
  private static final Map<String, String> ALIASED = new HashMap<>();

  static Map<String, String> add(String s) {
    PACKAGE.put(s, s);
    RETURNED.put(s, s);
    PASSED.put(s, s);
    ALIASED.put(s, s);
    Map<String, String> alias = ALIASED;
    System.out.println(alias.size());
    cleanUp(PASSED);
    return RETURNED;
  }

  static void cleanUp(Map<String, String> map) {
    map.clear();
  }
}
