package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: the map is filled only by a private constructor that only the class's own static
 * initialisers call (interned constants, looked up by name), so it holds one entry per constant.
 */
final class InternedConstantsThroughPrivateConstructor {
  private static final Map<String, InternedConstantsThroughPrivateConstructor> BY_NAME =
      new HashMap<>();
  static final InternedConstantsThroughPrivateConstructor INFO =
      new InternedConstantsThroughPrivateConstructor("INFO");
  static final InternedConstantsThroughPrivateConstructor WARN =
      new InternedConstantsThroughPrivateConstructor("WARN");

  private final String name;

  private InternedConstantsThroughPrivateConstructor(String name) {
    this.name = name;
    BY_NAME.put(name, this);
  }

  static InternedConstantsThroughPrivateConstructor parse(String name) {
    return BY_NAME.get(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
