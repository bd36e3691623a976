package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Flagged: the field is not final, but nothing reassigns it, so it is the same ever-growing map. */
class NonFinalStaticMapNeverReassigned {
  private static Map<Integer, String> names = new HashMap<>(); // expect: UnboundedStaticCache

  static String name(int code) {
    String name = names.get(code);
    if (name == null) {
      name = "code-" + code;
      names.put(code, name);
    }
    return name;
  }
}
