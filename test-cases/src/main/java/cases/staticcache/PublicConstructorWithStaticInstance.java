package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: a shared INSTANCE, but the constructor is public, so other code makes more instances
 * that are collected with their owners; the map is not known to live forever.
 */
class PublicConstructorWithStaticInstance {
  static final PublicConstructorWithStaticInstance INSTANCE =
      new PublicConstructorWithStaticInstance();

  private final Map<String, String> values = new HashMap<>();

  public PublicConstructorWithStaticInstance() {
  }

  void put(String key, String value) {
    values.put(key, value);
  }
}
