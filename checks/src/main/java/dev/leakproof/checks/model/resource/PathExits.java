package dev.leakproof.checks.model.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The abrupt exits of a statement in a structured path walk that follows one resource: the
 * resource's {@link States} on each {@code break}, {@code continue}, {@code yield}, {@code return}
 * and exception leaving the statement, and the sites the exceptions that leak it come from.
 * Labels are strings; "" is "no label".
 *
 * @param <S> the engine's tree node type, for the sites of the leaking throws
 */
public final class PathExits<S> {
  private final Map<String, States> breaks = new HashMap<>();
  private final Map<String, States> continues = new HashMap<>();
  private States yields = States.NONE;
  private States returns = States.NONE;
  private States thrown = States.NONE;
  /** Where an exception left with the resource open, in walk order, each node once. */
  private final List<S> throwSites = new ArrayList<>();
  /** The states each of {@link #throwSites} left with, index for index. */
  private final List<States> siteStates = new ArrayList<>();

  public void addBreak(String label, States state) {
    breaks.merge(label, state, States::union);
  }

  public void addContinue(String label, States state) {
    continues.merge(label, state, States::union);
  }

  public void addYield(States state) {
    yields = yields.union(state);
  }

  public void addReturn(States state) {
    returns = returns.union(state);
  }

  /** An exception leaves with {@code state}; a {@code site} that leaks the open resource is kept. */
  public void addThrow(States state, S site) {
    thrown = thrown.union(state);
    if (state.mayBeOpen()) {
      remember(site, state);
    }
  }

  /**
   * Names {@code sites} as the leaking throws before a {@code catch} runs: when the handler
   * rethrows (wrapped), the calls that threw in the {@code try} are the ones to blame.
   */
  public void rememberCauses(List<S> sites) {
    sites.forEach(site -> remember(site, States.OPEN));
  }

  private void remember(S site, States state) {
    if (site == null) {
      return;
    }
    for (int i = 0; i < throwSites.size(); i++) {
      if (throwSites.get(i) == site) { // identity: source trees may be equal by structure
        siteStates.set(i, siteStates.get(i).union(state));
        return;
      }
    }
    throwSites.add(site);
    siteStates.add(state);
  }

  public States returns() {
    return returns;
  }

  public States thrown() {
    return thrown;
  }

  public States yields() {
    return yields;
  }

  /** Each of {@link #throwSites} with the states it left with, in walk order. */
  public void forEachThrowSite(java.util.function.BiConsumer<S, States> action) {
    for (int i = 0; i < throwSites.size(); i++) {
      action.accept(throwSites.get(i), siteStates.get(i));
    }
  }

  /** Every site an exception left from with the resource open, in walk order. */
  public List<S> throwSites() {
    return List.copyOf(throwSites);
  }

  /**
   * Forwards every exit to {@code outer} except those the statement consumes itself: a loop
   * ({@code loop}) consumes unlabeled breaks and continues and those naming its {@code label}; a
   * labeled statement consumes breaks naming its label; a {@code switch} passes {@code ""} to
   * consume plain breaks. Exceptions are not forwarded when {@code withThrows} is false.
   */
  public void forwardTo(PathExits<S> outer, boolean loop, String label, boolean withThrows) {
    breaks.forEach((l, s) -> {
      if (!(l.isEmpty() && loop) && !l.equals(label)) {
        outer.addBreak(l, s);
      }
    });
    continues.forEach((l, s) -> {
      if (!(l.isEmpty() && loop) && !(loop && l.equals(label))) {
        outer.addContinue(l, s);
      }
    });
    outer.addYield(yields);
    outer.addReturn(returns);
    if (withThrows) {
      forwardThrowsTo(outer);
    }
  }

  /** Forwards the exceptions to {@code outer}, each site with the states it left with. */
  public void forwardThrowsTo(PathExits<S> outer) {
    outer.thrown = outer.thrown.union(thrown);
    for (int i = 0; i < throwSites.size(); i++) {
      outer.remember(throwSites.get(i), siteStates.get(i));
    }
  }

  /** The states of the breaks a loop ({@code loop}) or a labeled statement consumes. */
  public States consumedBreaks(boolean loop, String label) {
    States plain = loop ? breaks.getOrDefault("", States.NONE) : States.NONE;
    return plain.union(breaks.getOrDefault(label, States.NONE));
  }

  /** The states of the continues a loop labeled {@code label} ("" when none) consumes. */
  public States consumedContinues(String label) {
    return continues.getOrDefault("", States.NONE)
        .union(continues.getOrDefault(label, States.NONE));
  }

  /**
   * Sends every exit through a {@code finally} block and on to {@code outer}: {@code finallyBlock}
   * maps the states entering the block to the states leaving it normally ({@link States#NONE}
   * when it cannot), and reports the block's own abrupt exits to {@code outer} itself.
   */
  public void throughFinally(UnaryOperator<States> finallyBlock, PathExits<S> outer) {
    breaks.forEach((label, state) -> outer.addBreak(label, finallyBlock.apply(state)));
    continues.forEach((label, state) -> outer.addContinue(label, finallyBlock.apply(state)));
    if (!yields.isEmpty()) {
      outer.addYield(finallyBlock.apply(yields));
    }
    if (!returns.isEmpty()) {
      outer.addReturn(finallyBlock.apply(returns));
    }
    if (!thrown.isEmpty()) {
      outer.thrown = outer.thrown.union(finallyBlock.apply(thrown));
      forwardSitesThrough(finallyBlock, outer);
    }
  }

  /**
   * Forwards to {@code outer} the {@link #throwSites} whose own exception still leaves the
   * resource open after the {@code finally} block, each with the states its own path leaves the
   * block with (each distinct state is run through the block once more). A holder's {@code
   * finally} closes the resource for an exception thrown after the holder's assignment, not for
   * one thrown before (Ant's BZip2.pack, a wrapper's constructor); and a site goes on with its own
   * states, not with those of every site merged, so that the {@code finally} of an outer {@code
   * try} judges it as its own path (a holder's read that threw, closed by the outer {@code
   * finally}, is not taken for the wrapper's constructor that threw before the holder held it).
   */
  private void forwardSitesThrough(UnaryOperator<States> finallyBlock, PathExits<S> outer) {
    Map<States, States> leaving = new HashMap<>();
    for (int i = 0; i < throwSites.size(); i++) {
      States left = leaving.computeIfAbsent(siteStates.get(i), finallyBlock);
      if (left.mayBeOpen()) {
        outer.remember(throwSites.get(i), left);
      }
    }
  }

  /** Every exit closes the resource: {@code try (v) { ... }}. */
  public void closeOnEveryExit() {
    breaks.replaceAll((l, s) -> s.closed());
    continues.replaceAll((l, s) -> s.closed());
    yields = yields.closed();
    returns = returns.closed();
    thrown = thrown.closed();
    throwSites.clear();
    siteStates.clear();
  }

  /**
   * The exits other than exceptions have recovered ({@link States#recovered}): they leave a
   * {@code catch} that handled an exception thrown with the resource open.
   */
  public void recover() {
    breaks.replaceAll((l, s) -> s.recovered());
    continues.replaceAll((l, s) -> s.recovered());
    yields = yields.recovered();
    returns = returns.recovered();
  }

  /** States leaving the body other than by exception: its end, returns, stray breaks/continues. */
  public States nonExceptionalExits(States normalEnd) {
    return nonReturnExits(normalEnd).union(returns);
  }

  /** {@link #nonExceptionalExits} but the returns: the paths that go on inside the method. */
  public States nonReturnExits(States normalEnd) {
    States s = normalEnd.union(yields);
    for (States b : breaks.values()) {
      s = s.union(b);
    }
    for (States c : continues.values()) {
      s = s.union(c);
    }
    return s;
  }
}
