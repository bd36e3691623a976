package dev.leakproof.checks.model.singleton;

import dev.leakproof.checks.model.singleton.SingletonClass.Copying;
import dev.leakproof.checks.model.singleton.SingletonClass.Creation;
import dev.leakproof.checks.model.singleton.SingletonClass.Shape;
import java.util.List;
import java.util.Optional;

/**
 * Whether a class has exactly one instance for the life of its class loader, held by one of its
 * own static fields, so that its instance fields live as long as a static field would:
 *
 * <ul>
 *   <li>an enum with exactly one constant and no subclass (no constant with a body);
 *   <li>a concrete class whose every constructor is private, that is neither
 *       {@code Serializable} nor {@code Cloneable} (no copies by deserialisation or cloning; a
 *       supertype the engine cannot see might be either), that nothing in its unit subclasses,
 *       and that its unit instantiates exactly once ({@link #heldOnceBy}).
 * </ul>
 *
 * <p>The other singleton knowledge lives beside it: {@link SharedInstances} (static accessors
 * such as {@code getInstance()} whose result is one process-wide instance) and
 * {@link SingletonBeans} (classes a DI container keeps one of, and injected fields).
 */
public final class Singletons {
  private Singletons() {}

  /**
   * How the only instance of {@code type} is held ("the enum constant INSTANCE", "static
   * INSTANCE"), or empty when {@code type} is not certainly a singleton. Asks the facts in the
   * order of their cost: the class's own shape first, the unit next, the supertypes last.
   */
  public static Optional<String> holderOf(SingletonClass type) {
    if (!mayBeOne(type) || !type.wholeUnitVisible() || type.subclassedInUnit()) {
      return Optional.empty();
    }
    if (type.shape() == Shape.ENUM) {
      return Optional.of("the enum constant " + type.enumConstants().get(0));
    }
    List<Creation> creations = type.creations();
    Optional<String> holder = creations.size() == 1 ? heldOnceBy(creations.get(0))
        : Optional.empty();
    if (holder.isEmpty() || type.copying() != Copying.IMPOSSIBLE) {
      return Optional.empty();
    }
    return Optional.of("static " + holder.get());
  }

  /**
   * The field that holds the only creation for good, or empty. The creation must run at most
   * once and its field must keep it: the unit's one creation, stored into a static field of the
   * class (or of a class nested directly in it, the holder idiom) either
   *
   * <ul>
   *   <li>in static initialisation (which runs once) into a {@code final} field (nothing can let
   *       go of it), or
   *   <li>in static initialisation or behind {@code if (FIELD == null)} in a {@code static
   *       synchronized} method into a {@code private} field that nothing else in the unit writes
   *       (only the unit can write a private field; with no other store the field is never set
   *       back to {@code null} nor to another object, so the null test lets the creation run
   *       once, and the class lock keeps two first calls from both running it).
   * </ul>
   *
   * Not enough: a non-private field (any class of the package may reset it), a second store (a
   * reset to {@code null}, {@code current = this} in an instance method), a lazy getter without
   * the lock (two threads may each make one), a store in a loop.
   */
  public static Optional<String> heldOnceBy(Creation creation) {
    return creation.store()
        .filter(store -> switch (store.runs()) {
          case STATIC_INITIALISATION -> store.finalField()
              || store.privateField() && store.writesToField() == 1;
          case FIRST_CALL_UNDER_CLASS_LOCK -> store.privateField() && store.writesToField() == 1;
          case OTHER -> false;
        })
        .map(SingletonClass.Store::holder);
  }

  /**
   * What the class alone tells, before its unit is read: an enum with one constant, or a
   * concrete class whose every constructor is private. False rules the class out.
   */
  public static boolean mayBeOne(SingletonClass type) {
    return switch (type.shape()) {
      case ENUM -> type.enumConstants().size() == 1;
      case CONCRETE_CLASS -> type.everyConstructorPrivate();
      case OTHER -> false;
    };
  }
}
