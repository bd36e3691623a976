package cases.staticcache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Silent: the keys are constants of one enum, so the map holds at most one entry per constant. */
class EnumKeyedHashMapIsBounded {
  private static final Map<TimeUnit, String> LABELS = new HashMap<>();

  static String label(TimeUnit unit) {
    String label = LABELS.get(unit);
    if (label == null) {
      label = unit.name().toLowerCase();
      LABELS.put(unit, label);
    }
    return label;
  }
}
