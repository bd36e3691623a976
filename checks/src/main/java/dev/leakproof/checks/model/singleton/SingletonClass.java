package dev.leakproof.checks.model.singleton;

import java.util.List;
import java.util.Optional;

/**
 * What an engine sees of a class that may have exactly one instance: the facts
 * {@link Singletons#holderOf} decides on. Engines implement it over their own representation
 * (javac symbols and trees, JavaParser declarations, bytecode and the nest) and answer lazily:
 * the model asks the cheap questions first and stops at the first that rules the class out, so
 * an expensive answer (the type solver, loading the nest) is asked for only when it decides.
 *
 * <p>"The unit" is what an engine can see all of: the compilation unit for the source engines,
 * the nest (the top-level class and its nested classes) for bytecode. Private constructors can be
 * called only from inside it, so it shows every instance there is (reflection aside).
 */
public interface SingletonClass {
  /** What kind of class it is. */
  enum Shape {
    /** An enum. */
    ENUM,
    /** A class that can be instantiated: neither an interface, abstract, nor local. */
    CONCRETE_CLASS,
    /** Anything else (an interface, an abstract or local class, a record, an annotation). */
    OTHER
  }

  /** Whether a copy of the instance can be made without a constructor. */
  enum Copying {
    /** Neither {@code Serializable} nor {@code Cloneable}. */
    IMPOSSIBLE,
    /** {@code Serializable} or {@code Cloneable}: deserialising or {@code clone()} copies it. */
    POSSIBLE,
    /** A supertype the engine cannot see: it might be either. */
    UNKNOWN
  }

  /** When a store of a creation into a static field runs. */
  enum Runs {
    /**
     * Once, in the static initialisation of the field's class: the field's initialiser, or a
     * plain {@code FIELD = new C()} statement directly in a {@code static {}} block (in bytecode:
     * in {@code <clinit>}, outside any loop).
     */
    STATIC_INITIALISATION,
    /**
     * At most once while the field stays set: {@code if (FIELD == null) FIELD = new C();} (the
     * store directly in the test's branch) in a {@code static synchronized} method, whose one
     * lock keeps two threads from both seeing {@code null} (in bytecode:
     * {@code getstatic F; ifnonnull L; new C; …; putstatic F; L:} in an
     * {@code ACC_STATIC | ACC_SYNCHRONIZED} method).
     */
    FIRST_CALL_UNDER_CLASS_LOCK,
    /** Anywhere else: a method without the null test or the lock, a loop, a lambda. */
    OTHER
  }

  /**
   * Where a creation is stored: a static field of the class itself or of a class nested directly
   * in it (the initialization-on-demand holder idiom's {@code Lazy.INSTANCE}).
   *
   * @param holder the field as a finding names it: {@code INSTANCE}, {@code Lazy.INSTANCE}
   * @param finalField whether the field is {@code final}
   * @param privateField whether the field is {@code private}: only the unit can write it
   * @param runs when the store runs
   * @param writesToField how many stores into the field the unit holds, this one included (the
   *     initialiser counts; {@code FIELD = null} counts)
   */
  record Store(String holder, boolean finalField, boolean privateField, Runs runs,
      int writesToField) {}

  /**
   * One {@code new C(…)} of the class in the unit.
   *
   * @param store the static field it is stored into directly ({@code FIELD = new C()} or the
   *     field's initialiser), empty otherwise (an anonymous subclass, a creation passed on,
   *     returned, stored into anything but such a field)
   */
  record Creation(Optional<Store> store) {
    public Creation {
      store = store == null ? Optional.empty() : store;
    }

    /** A creation stored once, in static initialisation, into the static final {@code field}. */
    public static Creation heldBy(String field) {
      return new Creation(Optional.of(new Store(field, true, false, Runs.STATIC_INITIALISATION, 1)));
    }

    /** A creation stored into {@code store}. */
    public static Creation storedIn(Store store) {
      return new Creation(Optional.of(store));
    }

    /** A creation anywhere else. */
    public static Creation elsewhere() {
      return new Creation(Optional.empty());
    }
  }

  Shape shape();

  /** For an enum, the names of its constants, in order; empty for other classes. */
  List<String> enumConstants();

  /**
   * Whether every constructor is private (an implicit constructor has the class's access; for
   * bytecode, javac's synthetic accessor constructor for a private one counts as private: javac
   * makes it only so that the classes of the unit can call the private one, and no source outside
   * can be compiled against it; the creations through it are the unit's {@link #creations}).
   */
  boolean everyConstructorPrivate();

  /** Whether a class of the unit extends it (an anonymous class and an enum constant's body count). */
  boolean subclassedInUnit();

  /** Whether the engine sees the whole unit (bytecode: every class of the nest could be loaded). */
  default boolean wholeUnitVisible() {
    return true;
  }

  /** Every {@code new C(…)} of the class the unit holds (an unresolved one counts, to stay silent). */
  List<Creation> creations();

  /** Whether the class is {@code Serializable} or {@code Cloneable}. */
  Copying copying();
}
