package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: {@code MULTIPOINTS} is filled only by the private {@code load}, which only the
 * constructor of the nested enum calls (jsoup's {@code Entities.EscapeMode}). An enum's
 * constructor runs only while its constants are made, in the enum's static initializer, once per
 * class loader, so the map is filled once from the tables. At release 8 the call goes through
 * javac's synthetic {@code access$000}, which stands for the private method it forwards to. The
 * look-alike is {@link FilledByANestedEnumsConstructorAndLater}.
 */
class FilledOnlyByANestedEnumsConstructor {
  private static final Map<String, String> MULTIPOINTS = new HashMap<>();

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

  static String lookup(String name) {
    return MULTIPOINTS.get(name);
  }
}
