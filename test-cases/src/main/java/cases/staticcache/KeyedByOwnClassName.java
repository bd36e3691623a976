package cases.staticcache;

import java.util.HashSet;
import java.util.Set;

/**
 * Silent (NetBeans' SharedClassObject and SystemAction): warn-once sets keyed by the name of the
 * object's own class, {@code getClass().getName()}, directly or through a local. {@code
 * Object.getClass()} is final, so the call gives a {@code Class} whatever the receiver, and its
 * name is one of the program's classes, like {@code type.getName()} ({@link KeyedByClassName}).
 * {@code warnOnce} declares its local in a block of its own, after another block's local, so
 * javac gives both one slot: the bytecode stores that slot twice, but only the class's name
 * reaches the add. The flagged look-alikes (a class's name joined with data; a local that data
 * may overwrite before the add) are {@link KeyedByNameLookAlikes} and
 * {@link KeyedByReassignedClassName}.
 */
class KeyedByOwnClassName {
  private static final Set<String> WARNED_DUPLICATES = new HashSet<String>();
  private static final Set<String> WARNED_ICONS = new HashSet<String>();
  private static final Set<String> WARNED_VALUES = new HashSet<String>();
  private static final Set<String> WARNED_ONCE = new HashSet<String>();

  void created() {
    String clazz = getClass().getName();
    if (!WARNED_DUPLICATES.contains(clazz)) {
      WARNED_DUPLICATES.add(clazz);
      System.err.println("multiple instances of " + clazz);
    }
  }

  void iconLoaded() {
    if (WARNED_ICONS.add(this.getClass().getName())) {
      System.err.println("relative icon path in " + getClass().getName());
    }
  }

  static void valueSeen(Object value) {
    if (WARNED_VALUES.add(value.getClass().getName())) {
      System.err.println("first value of " + value.getClass().getName());
    }
  }

  void warnOnce(boolean early) {
    if (early) {
      String reason = String.valueOf(System.nanoTime());
      System.err.println("early: " + reason);
    } else {
      String clazz = getClass().getName();
      if (WARNED_ONCE.add(clazz)) {
        System.err.println("late " + clazz);
      }
    }
  }
}
