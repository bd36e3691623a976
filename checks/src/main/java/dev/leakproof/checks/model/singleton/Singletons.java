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
 *       and that its unit instantiates exactly once, stored once into one of its own static final
 *       fields or one of a class nested in it (the initialization-on-demand holder idiom) (final,
 *       so that nothing lets go of the instance: a holder set to null frees it).
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
    if (creations.size() != 1 || creations.get(0).heldOnceBy().isEmpty()
        || type.copying() != Copying.IMPOSSIBLE) {
      return Optional.empty();
    }
    return Optional.of("static " + creations.get(0).heldOnceBy().get());
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
