package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: the private constructor that registers each instance is also called by a factory at
 * run time, with whatever name a caller passes, so the map grows with the data.
 */
final class InternedLookAlikeMadeAtRunTime {
  private static final Map<String, InternedLookAlikeMadeAtRunTime> BY_NAME = new HashMap<>(); // expect: UnboundedStaticCache
  static final InternedLookAlikeMadeAtRunTime INFO = new InternedLookAlikeMadeAtRunTime("INFO");

  private final String name;

  private InternedLookAlikeMadeAtRunTime(String name) {
    this.name = name;
    BY_NAME.put(name, this);
  }

  static InternedLookAlikeMadeAtRunTime of(String name) {
    return new InternedLookAlikeMadeAtRunTime(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
