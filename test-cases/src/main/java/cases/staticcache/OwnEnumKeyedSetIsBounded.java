package cases.staticcache;

import java.util.HashSet;
import java.util.Set;

/** Silent: a set of the constants of this file's own enum holds at most one entry per constant. */
class OwnEnumKeyedSetIsBounded {
  enum Feature { COMPRESSION, ENCRYPTION, CHECKSUMS }

  private static final Set<Feature> WARNED = new HashSet<>();

  static void warnOnce(Feature feature) {
    if (!WARNED.contains(feature)) {
      WARNED.add(feature);
      System.err.println(feature + " is deprecated");
    }
  }
}
