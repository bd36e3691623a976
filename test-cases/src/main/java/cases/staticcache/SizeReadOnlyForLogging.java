package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Flagged: size() is only logged; nothing bounds the map, so it grows with every new name. */
class SizeReadOnlyForLogging {
  private static final Map<String, Integer> SEEN = new HashMap<>(); // expect: UnboundedStaticCache

  static void seen(String name) {
    SEEN.put(name, name.length());
    System.out.println("names seen: " + SEEN.size());
  }
}
