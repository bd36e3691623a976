package cases.staticcache;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/** Flagged: thread-safe is not bounded; one compiled pattern per distinct regex is kept forever. */
class ConcurrentMapPutIfAbsent {
  private static final ConcurrentMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCache

  static Pattern compile(String regex) {
    Pattern pattern = PATTERNS.get(regex);
    if (pattern == null) {
      pattern = Pattern.compile(regex);
      Pattern raced = PATTERNS.putIfAbsent(regex, pattern);
      if (raced != null) {
        pattern = raced;
      }
    }
    return pattern;
  }
}
