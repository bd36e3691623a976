package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: a public field, so other classes may remove from or clear it; precision first assumes
 * they do (DESIGN.md names this exact case).
 */
public class PublicStaticRegistry {
  public static final Map<String, Runnable> HANDLERS = new HashMap<>();

  public static void register(String name, Runnable handler) {
    HANDLERS.put(name, handler);
  }
}
