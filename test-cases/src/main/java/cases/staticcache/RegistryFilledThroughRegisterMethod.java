package cases.staticcache;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Silent: extension registries, as Ant's {@code ExtraFieldUtils} and JGit's {@code MergeStrategy}
 * keep them. The class's own static initialiser registers its built-in entries through the same
 * public method other code calls to register more (directly, or through an overload that names
 * the entry): the map grows with what the program registers at start-up, not with the data it
 * processes, and a reviewer would not bound it.
 */
class RegistryFilledThroughRegisterMethod {
  interface Codec {
    String name();
  }

  private static final Map<Integer, Class<?>> IMPLEMENTATIONS = new ConcurrentHashMap<>();
  private static final Map<String, Codec> CODECS = new HashMap<>();

  static {
    register(1, String.class);
    register(2, StringBuilder.class);
    register(() -> "identity");
  }

  public static void register(int headerId, Class<?> implementation) {
    IMPLEMENTATIONS.put(headerId, implementation);
  }

  public static void register(Codec codec) {
    register(codec.name(), codec);
  }

  public static synchronized void register(String name, Codec codec) {
    if (CODECS.containsKey(name)) {
      throw new IllegalArgumentException(name + " is already registered");
    }
    CODECS.put(name, codec);
  }

  static Class<?> implementation(int headerId) {
    return IMPLEMENTATIONS.get(headerId);
  }

  static Codec codec(String name) {
    return CODECS.get(name);
  }
}
