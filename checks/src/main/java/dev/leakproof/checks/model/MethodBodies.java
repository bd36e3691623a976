package dev.leakproof.checks.model;

import java.util.function.BooleanSupplier;

/**
 * What the rules assume when they read the body of a method a call names (a callee summary, a
 * local factory, a method a buffer is lent to, a registry method): that body is the one that runs
 * only when no subclass can put another in its place.
 */
public final class MethodBodies {
  private MethodBodies() {}

  /**
   * Whether no subclass can replace a method, so a call of it always runs the body the engine
   * reads: the method is static, private or final, or a constructor, or its class is final (a
   * class declared {@code final}, a record, an enum none of whose constants has a body; javac
   * marks those final in the class file).
   *
   * @param classIsFinal asked only when the method itself can be overridden
   */
  public static boolean cannotBeOverridden(boolean isStatic, boolean isPrivate, boolean isFinal,
      boolean isConstructor, BooleanSupplier classIsFinal) {
    return isStatic || isPrivate || isFinal || isConstructor || classIsFinal.getAsBoolean();
  }
}
