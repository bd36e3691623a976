package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Sites;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Walk;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.Outcome;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.Thrower;
import java.util.Comparator;
import java.util.List;

/**
 * The paths of one acquisition that leak it from one anchor, as {@link
 * UnclosedResourceModel#judgeWalk} reads them. A site is a throwing call as {@link
 * dev.leakproof.spotbugs.bytecode.ResourcePaths.Leak#throwingCall} names it (the words a sentence
 * uses); what is known of it is in the outcome's {@link Outcome#throwers()}.
 *
 * @param normal a path no exception started leaves the resource open at this anchor
 * @param calls the calls whose exception leaks it at this anchor, one per leaking path
 */
record AnchorPaths(Outcome outcome, boolean normal, List<String> calls)
    implements Walk<String> {
  /** A call the walk names but did not record: nothing known of it, after every other. */
  private static final Thrower UNKNOWN = new Thrower(Integer.MAX_VALUE, CheckedThrow.UNKNOWN,
      false);

  @Override
  public boolean leaksOnNormalPath() {
    return normal;
  }

  @Override
  public boolean leaksOnException() {
    return !calls.isEmpty();
  }

  /** Each call once, in the order the path first reaches it. */
  @Override
  public List<String> blamedForException() {
    return calls.stream().distinct()
        .sorted(Comparator.comparingInt(call -> thrower(call).firstNode())).toList();
  }

  @Override
  public List<String> exceptionLeaks() {
    return calls;
  }

  @Override
  public List<String> notClosedOnFailure(List<String> sites) {
    return sites.stream().filter(call -> !outcome.closedOnFailure().contains(call)).toList();
  }

  /** A {@code throw} is a normal path in bytecode: {@code athrow} names no call. */
  @Override
  public List<String> causesOf(String site) {
    return List.of();
  }

  /**
   * Handed over: any close counts (closing it when the hand-over fails); else a close on a
   * normal path tells "closed, but not if … throws" from "not closed".
   */
  @Override
  public boolean closedSomewhere() {
    return outcome.takenSomewhere() ? outcome.closedSomewhere() : outcome.closedOnNormalPath();
  }

  @Override
  public boolean handedOverSomewhere() {
    return outcome.takenSomewhere();
  }

  /**
   * What is known of each call: a {@code throw} is a normal path in bytecode ({@code athrow}
   * names no call); a call is named by its description.
   */
  Sites<String> sites() {
    return new Sites<>(call -> thrower(call).declaresCheckedException(),
        call -> thrower(call).onResource(), call -> false, call -> call,
        outcome.failingWrappers()::contains);
  }

  private Thrower thrower(String call) {
    return outcome.throwers().getOrDefault(call, UNKNOWN);
  }
}
