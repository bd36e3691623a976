package cases.staticcache;

import java.util.ArrayList;
import java.util.List;

/** Flagged: a static history list that every call appends to and nothing trims. */
class StaticListAppended {
  private static final List<String> HISTORY = new ArrayList<>(); // expect: UnboundedStaticCache

  static void record(String command) {
    HISTORY.add(command);
  }

  static int size() {
    return HISTORY.size();
  }
}
