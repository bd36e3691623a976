package dev.leakproof.checks.model;

import java.util.Set;

/**
 * What a {@code catch} clause's type takes, in the two senses the rules need. They differ on
 * purpose, by what is lost when something slips past the clause:
 *
 * <ul>
 *   <li>{@link #catchesExpected}: {@code Throwable} or {@code Exception}. A callee whose body
 *       is guarded this way throws nothing a caller plans for (UnclosedResource's hand-over
 *       after such a call is not "leaked if it throws"); an {@code Error} it lets through is a
 *       failure no caller's cleanup is expected to survive, so it does not count.
 *   <li>{@link #catchesEverything}: {@code Throwable} only. A cleanup in the handler (a
 *       thread-local's {@code remove()}) must run on every exit; {@code catch (Exception e)}
 *       lets an {@code Error} leave without it, and the thread keeps the value.
 * </ul>
 *
 * <p>Both take the caught type's qualified name ({@code java.lang.Exception}), as the engine
 * resolved it, never as spelled: a project class named {@code Exception} is neither.
 */
public final class CatchAll {
  private static final String THROWABLE = "java.lang.Throwable";
  private static final Set<String> EXPECTED = Set.of(THROWABLE, "java.lang.Exception");

  private CatchAll() {}

  /** Whether a {@code catch} of {@code caughtType} takes every exception a caller expects. */
  public static boolean catchesExpected(String caughtType) {
    return EXPECTED.contains(caughtType);
  }

  /** Whether a {@code catch} of {@code caughtType} takes every throwable, errors included. */
  public static boolean catchesEverything(String caughtType) {
    return THROWABLE.equals(caughtType);
  }
}
