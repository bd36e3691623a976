package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Silent: a lookup table filled once during class initialisation; methods only read it. */
class FilledOnlyInStaticInitializer {
  private static final Map<String, Integer> PORTS = new HashMap<>();

  static {
    PORTS.put("http", 80);
    PORTS.put("https", 443);
    PORTS.put("ssh", 22);
  }

  static Integer port(String scheme) {
    return PORTS.get(scheme);
  }
}
