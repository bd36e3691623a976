package cases.staticcache;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Flagged: enum elements bound a map's keys or a set, but a list takes the same constant again
 * on every call, so it grows with the number of calls.
 */
class EnumElementsListStillGrows {
  private static final List<TimeUnit> REQUESTED = new ArrayList<>(); // expect: UnboundedStaticCache

  static void request(TimeUnit unit) {
    REQUESTED.add(unit);
  }
}
