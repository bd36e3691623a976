package samples.staticcache;

import java.io.Serializable;
import java.util.*;

enum EnumRegistry {
  INSTANCE;

  private final Map<String, String> entries = new HashMap<>(); // flag
  private final List<String> filledOnce = new ArrayList<>();
  private final Map<String, String> removed = new HashMap<>();
  private final Map<String, String> guarded = new HashMap<>();
  private final List<String> viaLambda = new ArrayList<>(); // flag

  EnumRegistry() {
    filledOnce.add("a");
    init();
  }

  private void init() {
    filledOnce.add("b");
  }

  void put(String k) {
    this.entries.put(k, k);
    removed.put(k, k);
    Runnable r = () -> viaLambda.add(k);
    r.run();
  }

  void drop(String k) {
    removed.remove(k);
  }

  void guard(String k) {
    if (guarded.size() < 10) {
      guarded.put(k, k);
    }
  }

  boolean has(String k) {
    return filledOnce.contains(k) || entries.containsKey(k);
  }
}

final class HeldRegistry {
  private static final HeldRegistry INSTANCE = new HeldRegistry();

  // Assigned in the constructor: reported at the putfield there, the line of the assignment.
  private final List<Runnable> handlers;
  private final Set<String> fromNested = new HashSet<>(); // flag

  private HeldRegistry() {
    handlers = new ArrayList<>(); // flag
  }

  static HeldRegistry instance() {
    return INSTANCE;
  }

  void register(Runnable r) {
    handlers.add(r);
  }

  static final class Helper {
    void see(String s) {
      INSTANCE.fromNested.add(s);
    }
  }
}

final class TwoConstructors {
  private static final TwoConstructors INSTANCE = new TwoConstructors();

  private final Map<String, String> values = new HashMap<>(); // flag

  private TwoConstructors() {
  }

  private TwoConstructors(String unused) {
  }

  static void put(String k) {
    INSTANCE.values.put(k, k);
  }
}

enum TwoConstants {
  A, B;

  private final Map<String, String> m = new HashMap<>();

  void put(String k) {
    m.put(k, k);
  }
}

enum ConstantWithBody {
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

final class PublicConstructor {
  static final PublicConstructor INSTANCE = new PublicConstructor();
  private final Map<String, String> m = new HashMap<>();

  public PublicConstructor() {
  }

  void put(String k) {
    m.put(k, k);
  }
}

final class MadeTwice {
  static final MadeTwice INSTANCE = new MadeTwice();
  private final Map<String, String> m = new HashMap<>();

  private MadeTwice() {
  }

  static MadeTwice fresh() {
    return new MadeTwice();
  }

  void put(String k) {
    m.put(k, k);
  }
}

final class MadeInALoop {
  private static MadeInALoop last;

  static {
    for (int i = 0; i < 3; i++) {
      last = new MadeInALoop();
    }
  }

  private final Map<String, String> m = new HashMap<>();

  private MadeInALoop() {
  }

  void put(String k) {
    m.put(k, k);
  }
}

final class Copyable implements Serializable {
  static final Copyable INSTANCE = new Copyable();
  private final Map<String, String> m = new HashMap<>();

  private Copyable() {
  }

  void put(String k) {
    m.put(k, k);
  }
}

final class Cloned implements Cloneable {
  static final Cloned INSTANCE = new Cloned();
  private final Map<String, String> m = new HashMap<>();

  private Cloned() {
  }

  void put(String k) {
    m.put(k, k);
  }
}

class Subclassed {
  static final Subclassed INSTANCE = new Subclassed();
  private final Map<String, String> m = new HashMap<>();

  private Subclassed() {
  }

  void put(String k) {
    m.put(k, k);
  }

  static final class Sub extends Subclassed {
  }
}

final class NotFinalHolder {
  private static NotFinalHolder instance = new NotFinalHolder();
  private final Map<String, String> m = new HashMap<>();

  private NotFinalHolder() {
  }

  static void reset() {
    instance = null;
  }

  void put(String k) {
    m.put(k, k);
  }
}

final class NotASingleton {
  private final Map<String, String> m = new HashMap<>();

  void put(String k) {
    m.put(k, k);
  }
}
