package cases.staticcache;

import java.util.ArrayList;
import java.util.List;

/** Silent: the static buffer is cleared on every flush, so it holds only one batch. */
class ClearedPeriodically {
  private static final List<String> PENDING = new ArrayList<>();

  static void log(String line) {
    PENDING.add(line);
  }

  static List<String> flush() {
    List<String> batch = new ArrayList<>(PENDING);
    PENDING.clear();
    return batch;
  }
}
