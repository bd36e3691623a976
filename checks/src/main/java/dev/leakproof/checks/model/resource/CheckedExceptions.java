package dev.leakproof.checks.model.resource;

import java.util.Collection;
import java.util.Set;

/**
 * Which exception types are checked, defined once for every engine ({@link LeakingThrows} blames
 * the first call that declares one). Engines pass resolved, fully qualified names, never the name
 * as spelled: a project class named {@code RuntimeException} is not {@code
 * java.lang.RuntimeException}.
 */
public final class CheckedExceptions {
  private static final Set<String> UNCHECKED_ROOTS =
      Set.of("java.lang.RuntimeException", "java.lang.Error");

  private CheckedExceptions() {}

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
