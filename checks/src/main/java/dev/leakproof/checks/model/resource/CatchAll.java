package dev.leakproof.checks.model.resource;

import java.util.Collection;
import java.util.Set;

/**
 * Which exception types a path walk treats specially, defined once for every engine. Engines
 * pass resolved, fully qualified names (never the name as spelled: a project class named {@code
 * Exception} is not {@code java.lang.Exception}); a type they cannot resolve is nothing special.
 */
public final class CatchAll {
  private static final Set<String> CATCH_ALL = Set.of("java.lang.Throwable", "java.lang.Exception");
  private static final Set<String> UNCHECKED_ROOTS =
      Set.of("java.lang.RuntimeException", "java.lang.Error");

  private CatchAll() {}

  /**
   * Whether {@code catch (T e)} catches whatever the {@code try} block may throw: {@code
   * Throwable} or {@code Exception} (an {@code Error} is not what a leak finding is about). {@code
   * RuntimeException} is not: a checked exception passes it.
   */
  public static boolean catchesEverything(String qualifiedName) {
    return CATCH_ALL.contains(qualifiedName.replace('/', '.'));
  }

  /**
   * Whether an exception type is checked, given its qualified name and those of all its
   * supertypes (as far as the engine knows them).
   */
  public static boolean isChecked(String qualifiedName, Collection<String> supertypes) {
    if (UNCHECKED_ROOTS.contains(qualifiedName.replace('/', '.'))) {
      return false;
    }
    for (String supertype : supertypes) {
      if (UNCHECKED_ROOTS.contains(supertype.replace('/', '.'))) {
        return false;
      }
    }
    return true;
  }
}
