package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: as {@link FilledOnlyByANestedEnumsConstructor}, the nested enum's constructor fills
 * {@code MULTIPOINTS} through the private {@code load} while the enum initialises, but the public
 * {@code define} adds to it too, at any time, and nothing removes.
 */
class FilledByANestedEnumsConstructorAndLater {
  private static final Map<String, String> MULTIPOINTS = new HashMap<>(); // expect: UnboundedStaticCache

  enum Mode {
    BASE("amp=&"),
    EXTENDED("amp=&;lt=<");

    private final int size;

    Mode(String table) {
      size = load(this, table);
    }

    int size() {
      return size;
    }
  }

  private static int load(Mode mode, String table) {
    String[] entries = table.split(";");
    for (String entry : entries) {
      String[] pair = entry.split("=");
      MULTIPOINTS.put(mode.name() + pair[0], pair[1]);
    }
    return entries.length;
  }

  public static void define(String name, String value) {
    MULTIPOINTS.put(name, value);
  }

  static String lookup(String name) {
    return MULTIPOINTS.get(name);
  }
}
