package cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * Not flagged: a per-thread recursion guard (Ant's {@code Definer} loading antlibs). Every entry
 * is put in directly before a {@code try} whose {@code finally} takes it out again, so between
 * loads each thread keeps only an empty {@code HashMap}: a JDK object that pins no class loader.
 */
class RecursionGuardKeptEmpty {
  static final class Location {}

  private static final ThreadLocal<Map<String, Location>> LOADING =
      ThreadLocal.withInitial(HashMap::new);

  void load(String resource, Location at) {
    if (LOADING.get().get(resource) != null) {
      throw new IllegalStateException("recursive load of " + resource);
    }
    try {
      LOADING.get().put(resource, at);
      parse(resource);
    } finally {
      LOADING.get().remove(resource);
    }
  }

  private void parse(String resource) {
    if (resource.isEmpty()) {
      throw new IllegalArgumentException();
    }
  }
}
