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
    return ofBody(leavesSomewhere, false, false, closedSomewhere, openOnSomeNormalExit);
  }

  /**
   * The summary of a body whose uses of the parameter are known, at a call whose result is or
   * is not used at once.
   *
   * <p>A body that gives the parameter away only by returning a closeable view of it, and never
   * closes it ({@code BinaryClient client = conn.getClient(); client.sendCommand(..); return
   * client;}, JRediSearch's {@code sendCommand(conn, ..)}), returns a view of its argument: the
   * call is then judged as a call on the resource that returns a closeable is. Its result used at
   * once ({@code sendCommand(conn, ..).getReply()}, or dropped) carries nothing away, so the
   * caller still owns the argument: borrows. Kept, passed on or returned, the view may carry the
   * argument along: takes, as before.
   *
   * @param leavesOnlyAsReturnedView every way the parameter leaves the body is a closeable view
   *     of it that the body returns (and it does leave: {@code leavesSomewhere})
   * @param resultUsedAtOnce the call's value is only the receiver of a further call, or dropped
   * @param openOnSomeNormalExit as for {@link #ofBody(boolean, boolean, BooleanSupplier)}
   */
  public static CalleeSummary ofBody(boolean leavesSomewhere, boolean leavesOnlyAsReturnedView,
      boolean resultUsedAtOnce, boolean closedSomewhere, BooleanSupplier openOnSomeNormalExit) {
    if (leavesSomewhere && leavesOnlyAsReturnedView && !closedSomewhere) {
      return resultUsedAtOnce ? BORROWS : TAKES;
    }
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
