package consumer.leaks;

import java.util.HashMap;
import java.util.Map;

/** A memo table that only grows. */
public class Caches {
  private static final Map<String, Integer> LENGTHS = new HashMap<>(); // leak: UnboundedStaticCache

  public static int length(String key) {
    return LENGTHS.computeIfAbsent(key, String::length);
  }
}
