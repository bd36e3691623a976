package cases.staticcache;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Flagged: size() is only logged or printed (an argument of a call, part of a message string);
 * nothing bounds the collection, so it grows with every new name.
 */
class SizeReadOnlyForLogging {
  private static final Logger LOG = Logger.getLogger("names");
  private static final Map<String, Integer> SEEN = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Set<String> VISITORS = new HashSet<>(); // expect: UnboundedStaticCache

  static void seen(String name) {
    SEEN.put(name, name.length());
    System.out.println("names seen: " + SEEN.size());
  }

  static void visited(String name) {
    VISITORS.add(name);
    LOG.fine(String.valueOf(VISITORS.size()));
  }
}
