package cases.staticcache;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Silent: an unmodifiable constant cannot grow; the helper fills a local map, not static state. */
class UnmodifiableMapConstant {
  private static final Map<String, String> MIME_TYPES = Collections.unmodifiableMap(table());

  private static Map<String, String> table() {
    Map<String, String> table = new HashMap<>();
    table.put("html", "text/html");
    table.put("png", "image/png");
    return table;
  }

  static String mimeType(String extension) {
    return MIME_TYPES.get(extension);
  }
}
