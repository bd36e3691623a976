package cases.staticcache;

import java.util.HashSet;
import java.util.Set;

/**
 * Flagged: the key starts as the object's own class name, but data may replace it before the
 * add, so the set holds as many keys as the data brings. The silent look-alike, a local that only
 * the class's name reaches (its slot shared with another block's local), is
 * {@link KeyedByOwnClassName}.
 */
class KeyedByReassignedClassName {
  private static final Set<String> WARNED = new HashSet<String>(); // expect: UnboundedStaticCache

  void warn(String detail) {
    String key = getClass().getName();
    if (detail != null) {
      key = detail;
    }
    if (WARNED.add(key)) {
      System.err.println("warning for " + key);
    }
  }
}
