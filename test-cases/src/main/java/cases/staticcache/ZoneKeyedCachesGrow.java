package cases.staticcache;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flagged: one entry per time zone, which is not a closed set (Joda-Time's chronology caches).
 * {@code ZoneId.of("UTC+00:00:01")} is a zone of its own, to the second; a {@code ZoneOffset}
 * is one of 129,601; a {@code TimeZone} may carry any id. Parsed text makes them: each distinct
 * offset a client sends adds an entry.
 */
class ZoneKeyedCachesGrow {
  private static final Map<ZoneId, DateTimeFormatter> BY_ZONE = new ConcurrentHashMap<>(); // expect: UnboundedStaticCache
  private static final Map<ZoneOffset, String> OFFSET_LABELS = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Map<TimeZone, String> NAMES = new HashMap<>(); // expect: UnboundedStaticCache

  static DateTimeFormatter formatter(String zone) {
    return BY_ZONE.computeIfAbsent(ZoneId.of(zone), z -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(z));
  }

  static synchronized String label(ZoneOffset offset) {
    String label = OFFSET_LABELS.get(offset);
    if (label == null) {
      label = "UTC" + offset.getId();
      OFFSET_LABELS.put(offset, label);
    }
    return label;
  }

  static synchronized String name(TimeZone zone) {
    String name = NAMES.get(zone);
    if (name == null) {
      name = zone.getDisplayName();
      NAMES.put(zone, name);
    }
    return name;
  }
}
