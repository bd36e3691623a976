package cases.staticcache;

import java.util.ArrayList;
import java.util.List;

/** Silent: the singleton fills its list once, in its constructor; nothing adds to it later. */
final class SingletonFilledInConstructor {
  private static final SingletonFilledInConstructor INSTANCE = new SingletonFilledInConstructor();

  private final List<String> names = new ArrayList<>();

  private SingletonFilledInConstructor() {
    names.add("alpha");
    names.add("beta");
  }

  static SingletonFilledInConstructor instance() {
    return INSTANCE;
  }

  boolean known(String name) {
    return names.contains(name);
  }
}
