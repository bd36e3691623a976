package cases.staticcache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Silent: every add runs only while the class initialises: in a helper the static initializer
 * calls, in a {@code forEach} lambda there, and in helpers reached from a lambda and a method
 * reference of a stream the initializer runs.
 */
class FilledWhileTheClassInitialises {
  private static final List<String> NAMES = new ArrayList<>();
  private static final Map<String, String> BY_FOR_EACH = new HashMap<>();
  private static final Map<String, String> BY_HELPER_LAMBDA = new HashMap<>();
  private static final Set<String> BY_METHOD_REFERENCE = new HashSet<>();

  static {
    addName("a");
    Arrays.asList("b", "c").forEach(s -> BY_FOR_EACH.put(s, s));
    addAll("x", "y");
  }

  private static void addName(String name) {
    NAMES.add(name);
  }

  private static void addAll(String... keys) {
    Arrays.stream(keys).forEach(k -> addOne(k));
    Arrays.stream(keys).forEach(FilledWhileTheClassInitialises::addRef);
  }

  private static void addOne(String k) {
    BY_HELPER_LAMBDA.put(k, k);
  }

  private static void addRef(String k) {
    BY_METHOD_REFERENCE.add(k);
  }

  static boolean known(String name) {
    return NAMES.contains(name) || BY_FOR_EACH.containsKey(name)
        || BY_HELPER_LAMBDA.containsKey(name) || BY_METHOD_REFERENCE.contains(name);
  }
}
