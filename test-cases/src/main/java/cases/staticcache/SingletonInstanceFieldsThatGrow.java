package cases.staticcache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flagged at each growing instance field of a class that has exactly one instance, held
 * statically: an enum constant, a private static final field set at its declaration or in a
 * static initializer (with constructors that chain), a class with two private constructors, a
 * field a nested helper adds to (through Java 8 accessors), and a field the constructor assigns.
 * Fields filled only by the constructor (and the helper it calls) or also removed from stay
 * silent.
 */
class SingletonInstanceFieldsThatGrow {
  enum Registry {
    INSTANCE;

    private final Map<String, String> entries = new HashMap<>(); // expect: UnboundedStaticCache
    private final List<String> viaLambda = new ArrayList<>(); // expect: UnboundedStaticCache
    private final List<String> filledOnce = new ArrayList<>();
    private final Map<String, String> removed = new HashMap<>();

    Registry() {
      filledOnce.add("a");
      init();
    }

    private void init() {
      filledOnce.add("b");
    }

    void put(final String k) {
      this.entries.put(k, k);
      removed.put(k, k);
      Runnable r = () -> viaLambda.add(k);
      r.run();
    }

    void drop(String k) {
      removed.remove(k);
    }

    boolean has(String k) {
      return filledOnce.contains(k) || entries.containsKey(k);
    }
  }

  static final class Held {
    private static final Held INSTANCE = new Held();

    private final Set<String> fromNested = new HashSet<>(); // expect: UnboundedStaticCache

    private Held() {}

    static Held instance() {
      return INSTANCE;
    }

    static final class Helper {
      void see(String s) {
        INSTANCE.fromNested.add(s);
      }
    }
  }

  static final class MadeInAStaticBlock {
    private static final MadeInAStaticBlock SHARED;

    static {
      SHARED = new MadeInAStaticBlock(1);
    }

    private final Set<String> seen = new HashSet<>(); // expect: UnboundedStaticCache

    private MadeInAStaticBlock(int unused) {}

    private MadeInAStaticBlock() {
      this(0);
    }

    static void see(String s) {
      SHARED.seen.add(s);
    }
  }

  static final class TwoConstructors {
    private static final TwoConstructors INSTANCE = new TwoConstructors();

    private final Map<String, String> values = new HashMap<>(); // expect: UnboundedStaticCache

    private TwoConstructors() {}

    private TwoConstructors(String unused) {}

    static void put(String k) {
      INSTANCE.values.put(k, k);
    }
  }

  static final class AssignedInTheConstructor {
    private static final AssignedInTheConstructor INSTANCE = new AssignedInTheConstructor();

    private final List<Runnable> handlers; // expect: UnboundedStaticCache

    private AssignedInTheConstructor() {
      handlers = new ArrayList<>();
    }

    static void register(Runnable r) {
      INSTANCE.handlers.add(r);
    }
  }
}
