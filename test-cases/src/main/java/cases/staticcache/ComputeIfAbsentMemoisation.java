package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Flagged: memoisation with {@code computeIfAbsent} adds one entry per distinct argument, forever. */
class ComputeIfAbsentMemoisation {
  private static final Map<Long, Long> SQUARES = new HashMap<>(); // expect: UnboundedStaticCache

  static long square(long n) {
    return SQUARES.computeIfAbsent(n, k -> k * k);
  }
}
