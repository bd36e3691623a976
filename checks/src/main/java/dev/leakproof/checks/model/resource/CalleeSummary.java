package dev.leakproof.checks.model.resource;

import java.util.function.BooleanSupplier;

/**
 * What a callee does with a resource passed to it, as far as its body tells (issue #10's
 * ownership summary). The source engines read the body each in its own trees and decide here,
 * so the answer for the same body is the same in both.
 */
public enum CalleeSummary {
  /** Only uses it: the caller still owns it. */
  BORROWS,
  /** Closes, stores, returns, captures or passes it on: the callee owns it now. */
  TAKES,
  /**
   * Closes it on some paths but returns with it open on some other normal exit, and never gives
   * it away ({@link UnclosedResourceModel#closesOnSomeExitsOnly}): the caller still owns it.
   */
  CLOSES_ON_SOME_EXITS,
  /** No body in view (or too deep): unknown code. */
  UNKNOWN;

  /**
   * The summary of a body whose uses of the parameter are known.
   *
   * @param openOnSomeNormalExit walks the body with the parameter held open; asked only when the
   *     body closes the parameter and gives it nowhere, since only then does the answer matter. A
   *     body the walk does not model ({@link PathWalk.Unsupported}) keeps the older answer: takes.
   */
  public static CalleeSummary ofBody(boolean leavesSomewhere, boolean closedSomewhere,
      BooleanSupplier openOnSomeNormalExit) {
    if (!leavesSomewhere && !closedSomewhere) {
      return BORROWS;
    }
    if (leavesSomewhere) {
      return TAKES;
    }
    try {
      return UnclosedResourceModel.closesOnSomeExitsOnly(false, true,
          openOnSomeNormalExit.getAsBoolean()) ? CLOSES_ON_SOME_EXITS : TAKES;
    } catch (PathWalk.Unsupported e) {
      return TAKES; // code the walk does not model: as before
    }
  }
}
