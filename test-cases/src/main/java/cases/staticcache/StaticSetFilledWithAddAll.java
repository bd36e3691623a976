package cases.staticcache;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Flagged: {@code addAll} grows the static set by whole batches and nothing shrinks it. */
class StaticSetFilledWithAddAll {
  private static final Set<String> SEEN = new HashSet<>(); // expect: UnboundedStaticCache

  static void markSeen(Collection<String> ids) {
    SEEN.addAll(ids);
  }

  static boolean seen(String id) {
    return SEEN.contains(id);
  }
}
