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

  /**
   * One {@code new C(…)} of the class in the unit.
   *
   * @param heldOnceBy the name of the static final field the creation is stored into exactly
   *     once (the field's initialiser, or a plain {@code FIELD = new C()} statement directly in a
   *     {@code static {}} block, or in bytecode a {@code new} in {@code <clinit>} outside any loop
   *     followed at once by a {@code putstatic}): a field of the class itself ({@code INSTANCE}),
   *     or of a class nested directly in it ({@code Lazy.INSTANCE}, the initialization-on-demand
   *     holder idiom: the holder's static initialisation also runs once); empty otherwise (an
   *     anonymous subclass, a creation in a method, a loop or a lambda, a non-final field)
   */
  record Creation(Optional<String> heldOnceBy) {
    public Creation {
      heldOnceBy = heldOnceBy == null ? Optional.empty() : heldOnceBy;
    }

    /** A creation stored once into the class's own static final {@code field}. */
    public static Creation heldBy(String field) {
      return new Creation(Optional.of(field));
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
