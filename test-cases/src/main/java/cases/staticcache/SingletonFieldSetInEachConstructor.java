package cases.staticcache;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flagged: a singleton's map that each constructor, or each branch of its one constructor, sets
 * to a map that grows without limit: whichever way the one instance was made, the map grows.
 * Silent: the same shape where the other constructor makes an LRU map (an anonymous subclass),
 * since which map the instance holds cannot be told.
 */
class SingletonFieldSetInEachConstructor {
  static final class EitherConstructor {
    private static final EitherConstructor INSTANCE =
        new EitherConstructor(Integer.getInteger("names.size", 16));

    private final Map<String, Long> seen; // expect: UnboundedStaticCache

    private EitherConstructor() {
      seen = new HashMap<>();
    }

    private EitherConstructor(int capacity) {
      seen = new HashMap<>(capacity);
    }

    static void see(String name) {
      INSTANCE.seen.put(name, System.nanoTime());
    }
  }

  static final class EitherBranch {
    private static final EitherBranch INSTANCE = new EitherBranch(Boolean.getBoolean("sorted"));

    private final Map<String, Long> visited; // expect: UnboundedStaticCache

    private EitherBranch(boolean sorted) {
      if (sorted) {
        visited = new TreeMap<>();
      } else {
        visited = new HashMap<>();
      }
    }

    static void visit(String name) {
      INSTANCE.visited.put(name, System.nanoTime());
    }
  }

  static final class OtherConstructorBoundsIt {
    private static final OtherConstructorBoundsIt INSTANCE =
        new OtherConstructorBoundsIt(Integer.getInteger("names.max", 100));

    private final Map<String, Long> recent;

    private OtherConstructorBoundsIt() {
      recent = new HashMap<>();
    }

    private OtherConstructorBoundsIt(final int max) {
      recent = new LinkedHashMap<String, Long>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > max;
        }
      };
    }

    static void touch(String name) {
      INSTANCE.recent.put(name, System.nanoTime());
    }
  }
}
