package dev.leakproof.checks.model.threadlocal;

import java.util.List;

/**
 * Whether some code is followed, on every path out of its method, by a cleanup (a thread-local's
 * {@code remove()}, an element taken out again): the decision both source engines share. Each
 * engine walks from the code up to its method (or lambda) and describes every level it passes as
 * a {@link Level}, innermost first (a level control falls through, an {@code if}, a labeled or an
 * expression statement, needs none); this class decides from those levels.
 *
 * <p>A {@code try} cleans on every exit when its {@code finally} cleans, or when one of its
 * {@code catch} clauses takes every throwable ({@code catch (Throwable t)}, {@link
 * dev.leakproof.checks.model.CatchAll#catchesEverything}), every clause cleans,
 * nothing in the {@code try} block jumps out of it ({@code return}, {@code break}, {@code
 * continue}), and the statement right after the {@code try} cleans: an exception leaves through a
 * cleaning handler, the normal path reaches the cleaning statement ({@code set(v); try { work(); }
 * catch (Throwable t) { remove(); throw t; } remove();}). Code is covered when it sits in the
 * {@code try} block of such a {@code try}, or such a {@code try} directly follows it (nothing runs
 * in between that could throw or return first).
 */
public final class CleanupCoverage {
  private CleanupCoverage() {}

  /**
   * What decides whether a {@code try} statement cleans on every exit.
   *
   * @param finallyCleans its {@code finally} block cleans
   * @param catchesEverything one of its {@code catch} clauses takes {@code Throwable}
   * @param everyCatchCleans it has {@code catch} clauses and each of them cleans
   * @param blockMayJumpOut its {@code try} block holds a {@code return}, {@code break},
   *     {@code continue} or {@code yield} (one that may leave it past the statement after it)
   * @param followedByCleaning the statement right after it, in the same block, cleans
   */
  public record Try(boolean finallyCleans, boolean catchesEverything, boolean everyCatchCleans,
      boolean blockMayJumpOut, boolean followedByCleaning) {

    /** Whether every way out of this statement passes a cleanup. */
    public boolean cleansOnEveryExit() {
      return finallyCleans
          || catchesEverything && everyCatchCleans && !blockMayJumpOut && followedByCleaning;
    }
  }

  /** One level between the code and its method, innermost first. */
  public sealed interface Level {}

  /** The code is (in) the {@code try} block of {@code statement}. */
  public record InTryBlock(Try statement) implements Level {}

  /** The code is (in) a resource, {@code catch} or {@code finally} of a {@code try}. */
  public record InTryHandler() implements Level {}

  /**
   * The code is (in) a statement of a block; {@code next} describes the statement after it when
   * that is a {@code try} (null otherwise), {@code last} when no statement follows.
   */
  public record InBlock(Try next, boolean last) implements Level {}

  /**
   * The code is (in) a loop, {@code switch} or {@code synchronized} block: control does not
   * simply fall through to what follows, so only an enclosing {@code try} can still cover it.
   */
  public record Other() implements Level {}

  /** Whether code at the bottom of {@code levels} is covered by a cleaning {@code try}. */
  public static boolean covered(List<Level> levels) {
    boolean nextRunsFirst = false; // something that could throw or return runs before any try
    for (Level level : levels) {
      if (level instanceof InTryBlock in && in.statement().cleansOnEveryExit()) {
        return true;
      } else if (level instanceof InBlock block && !nextRunsFirst && !block.last()) {
        if (block.next() != null && block.next().cleansOnEveryExit()) {
          return true;
        }
        nextRunsFirst = true;
      } else if (level instanceof InTryHandler || level instanceof Other) {
        nextRunsFirst = true;
      }
    }
    return false;
  }
}
