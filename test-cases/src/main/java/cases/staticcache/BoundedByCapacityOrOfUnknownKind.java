package cases.staticcache;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Silent: queues with a capacity, a set of enum constants, a map filled by its own anonymous
 * subclass's initializer, and maps whose kind is not known at the declaration (made by a method,
 * or chosen by a condition): precision first.
 */
class BoundedByCapacityOrOfUnknownKind {
  private static final int MAX = 10;
  private static final Set<TimeUnit> UNITS = EnumSet.noneOf(TimeUnit.class);
  private static final BlockingQueue<String> CAPPED = new ArrayBlockingQueue<>(10);
  private static final BlockingQueue<String> CAPACITY = new LinkedBlockingQueue<>(MAX);
  private static final Map<String, String> DOUBLE_BRACE = new HashMap<String, String>() {
    {
      put("a", "b");
    }
  };
  private static final Map<String, String> MADE = make();
  private static final Map<String, String> EITHER =
      Boolean.getBoolean("tree") ? new TreeMap<String, String>() : new HashMap<String, String>();

  private static Map<String, String> make() {
    return new HashMap<>();
  }

  static void add(TimeUnit unit, String s) {
    UNITS.add(unit);
    CAPPED.offer(s);
    CAPACITY.offer(s);
    DOUBLE_BRACE.put(s, s);
    MADE.put(s, s);
    EITHER.put(s, s);
  }
}
