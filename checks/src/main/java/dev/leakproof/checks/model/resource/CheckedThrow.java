package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.knowledge.UncheckedFailures;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Whether a reviewer expects a throwing site to throw, as far as an engine can tell: a call or
 * {@code new} whose throws clause names a checked exception ({@code in.read()} throws {@code
 * IOException}) or a {@code throw} statement is expected ({@link #YES}); a call the engine resolved
 * whose throws clause names none ({@code buffer.getBuffer()}, {@code list.size()}) could only fail
 * with an unchecked exception, true but not what a finding should be about ({@link #NO}); a call
 * the engine cannot resolve (a file scanned without its project's jars, a class missing from the
 * class path) is {@link #UNKNOWN}. The engines tell these apart the same way, so that knowing less
 * about a call never silences a finding that knowing more would keep: where a verdict needs an
 * expected throw, {@link #UNKNOWN} counts as one unless the verdict says otherwise.
 *
 * <p>Some unchecked exceptions are expected too ({@link UncheckedFailures}): one a library uses as
 * its ordinary failure ({@code java.io.UncheckedIOException}, H2's {@code DbException}) or a
 * project's own named in a throws clause ({@link #declaredType}), and whatever a call into a
 * library that fails unchecked without saying so may throw ({@link #orLibraryFailure}): expected
 * as well ({@link #isExpected}), but {@link #LIBRARY_FAILURE}, so that a finding names a call whose
 * throws clause says it throws before one a package-wide table only suspects.
 */
public enum CheckedThrow {
  YES, LIBRARY_FAILURE, NO, UNKNOWN;

  /** From a resolved throws clause: whether it names a checked exception. */
  public static CheckedThrow declared(boolean checked) {
    return checked ? YES : NO;
  }

  /**
   * From one type named in a resolved throws clause (with its supertypes, as far as the engine
   * knows them): expected when checked, or an unchecked exception that {@link
   * UncheckedFailures#isExpectedWhenDeclared tells callers to expect it}.
   */
  public static CheckedThrow declaredType(String qualifiedName, Collection<String> supertypes) {
    return declared(CheckedExceptions.isChecked(qualifiedName, supertypes)
        || UncheckedFailures.isExpectedWhenDeclared(qualifiedName, supertypes));
  }

  /**
   * A resolved callee's verdict, decided once for every engine: {@link #NO} when its body catches
   * everything (whatever its throws clause says); else what the types of its throws clause tell
   * together ({@link #or}; each from {@link #declaredType}, or {@link #UNKNOWN} for a type variable,
   * {@code throws E}), then {@link #orLibraryFailure} of the class it is looked up in.
   *
   * @param catchesEverything whether the callee's body catches every exception it could throw
   * @param thrown one verdict per type its throws clause names, in order (none when it names none);
   *     asked only when the body does not catch everything, so an engine need not resolve them
   * @param declaringClass the class the engine found the callee in, or null when it cannot name it
   */
  public static CheckedThrow ofCallee(boolean catchesEverything,
      Supplier<? extends Collection<CheckedThrow>> thrown, String declaringClass) {
    if (catchesEverything) {
      return NO;
    }
    CheckedThrow declared = NO;
    for (CheckedThrow type : thrown.get()) {
      declared = declared.or(type);
    }
    return declared.orLibraryFailure(declaringClass);
  }

  /**
   * A resolved call's verdict once its declaring class is known: a call declaring nothing into a
   * library that {@link UncheckedFailures#failsUnchecked reports its failures unchecked} (H2's
   * {@code result.next()}) is expected to throw all the same.
   */
  public CheckedThrow orLibraryFailure(String declaringClass) {
    return this == NO && declaringClass != null && UncheckedFailures.failsUnchecked(declaringClass)
        ? LIBRARY_FAILURE : this;
  }

  /**
   * What several sites (the calls one name stands for, or all the sites that leak a resource)
   * tell together: one expected throw is enough (a declared one rather than a library's
   * undeclared failure); else one unknown leaves it unknown.
   */
  public CheckedThrow or(CheckedThrow other) {
    if (this == YES || other == YES) {
      return YES;
    }
    if (this == LIBRARY_FAILURE || other == LIBRARY_FAILURE) {
      return LIBRARY_FAILURE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NO;
  }

  /** Expected to throw: declared ({@link #YES}) or a library's ordinary failure. */
  public boolean isExpected() {
    return this == YES || this == LIBRARY_FAILURE;
  }

  /** Not known to throw only unchecked exceptions: {@link #isExpected expected} or unknown. */
  public boolean mayBeExpected() {
    return this != NO;
  }
}
