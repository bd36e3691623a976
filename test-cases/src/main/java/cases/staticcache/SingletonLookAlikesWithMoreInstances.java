package cases.staticcache;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Silent: each class keeps an instance in a static field, but may have more than one instance
 * (each collected with its owner), so its growing map is not known to live forever: an enum
 * constant with a body (its own subclass), a default constructor, a second {@code new} in a
 * factory, a lazy getter, a loop in the static initializer, a serializable or cloneable class, a
 * subclass, an instance held by an instance field of another class (one per owner; held by a
 * static final field of a nested class it would be the holder idiom, a singleton), and a holder
 * field that is reset.
 */
class SingletonLookAlikesWithMoreInstances {
  enum WithBody {
    ONLY {
      @Override
      void put(String k) {
        super.put(k);
      }
    };

    private final Map<String, String> m = new HashMap<>();

    void put(String k) {
      m.put(k, k);
    }
  }

  static final class DefaultConstructor {
    static final DefaultConstructor INSTANCE = new DefaultConstructor();
    private final Map<String, String> m = new HashMap<>();

    void put(String k) {
      m.put(k, k);
    }
  }

  static final class MadeTwice {
    static final MadeTwice INSTANCE = new MadeTwice();
    private final Map<String, String> m = new HashMap<>();

    private MadeTwice() {}

    static MadeTwice fresh() {
      return new MadeTwice();
    }

    void put(String k) {
      m.put(k, k);
    }
  }

  static final class MadeInAMethod {
    private static MadeInAMethod instance;
    private final Map<String, String> m = new HashMap<>();

    private MadeInAMethod() {}

    static MadeInAMethod get() {
      if (instance == null) {
        instance = new MadeInAMethod();
      }
      return instance;
    }

    void put(String k) {
      m.put(k, k);
    }
  }

  static final class MadeInALoop {
    private static MadeInALoop last;

    static {
      for (int i = 0; i < 3; i++) {
        last = new MadeInALoop();
      }
    }

    private final Map<String, String> m = new HashMap<>();

    private MadeInALoop() {}

    void put(String k) {
      m.put(k, k);
    }
  }

  static final class Copyable implements Serializable {
    static final Copyable INSTANCE = new Copyable();
    private final Map<String, String> m = new HashMap<>();

    private Copyable() {}

    void put(String k) {
      m.put(k, k);
    }
  }

  static final class Cloned implements Cloneable {
    static final Cloned INSTANCE = new Cloned();
    private final Map<String, String> m = new HashMap<>();

    private Cloned() {}

    void put(String k) {
      m.put(k, k);
    }
  }

  static class Subclassed {
    static final Subclassed INSTANCE = new Subclassed();
    private final Map<String, String> m = new HashMap<>();

    private Subclassed() {}

    void put(String k) {
      m.put(k, k);
    }

    static final class Sub extends Subclassed {}
  }

  static final class HeldElsewhere {
    private final Map<String, String> m = new HashMap<>();

    private HeldElsewhere() {}

    void put(String k) {
      m.put(k, k);
    }

    static final class Owner {
      final HeldElsewhere other = new HeldElsewhere();
    }
  }

  static final class NotFinalHolder {
    private static NotFinalHolder instance = new NotFinalHolder();
    private final Map<String, String> m = new HashMap<>();

    private NotFinalHolder() {}

    static void reset() {
      instance = null;
    }

    void put(String k) {
      m.put(k, k);
    }
  }
}
