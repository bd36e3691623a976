package cases.staticcache;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Silent: every add runs only when a fixed set (static final, filled in the static initialiser,
 * never added to afterwards and never handed out) contains its key, so the cache holds at most
 * one entry per member of that set.
 */
class GuardedByFixedSet {
  private static final Set<String> ALLOWED =
      new HashSet<>(Arrays.asList("utf-8", "iso-8859-1", "us-ascii"));
  private static final Set<String> KNOWN = new HashSet<>();
  private static final Map<String, byte[]> SAMPLES = new HashMap<>();
  private static final Map<String, String> CANONICAL = new HashMap<>();

  static {
    KNOWN.add("gzip");
    KNOWN.add("deflate");
  }

  static byte[] sample(String charset) {
    byte[] sample = SAMPLES.get(charset);
    if (sample == null && ALLOWED.contains(charset)) {
      sample = charset.getBytes();
      SAMPLES.put(charset, sample);
    }
    return sample;
  }

  static String canonical(String encoding) {
    if (!KNOWN.contains(encoding)) {
      return encoding;
    }
    return CANONICAL.computeIfAbsent(encoding, String::toUpperCase);
  }
}
