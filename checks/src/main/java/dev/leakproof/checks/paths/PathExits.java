package dev.leakproof.checks.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The abrupt exits of a statement in a structured path walk that follows one resource: the
 * resource's state on each {@code break}, {@code continue}, {@code return} and exception leaving
 * the statement. Engine-neutral (the site of a throw is any tree node), so the Error Prone and
 * JavaParser walks share it.
 *
 * <p>A state is a set of {@link #UNOPENED}, {@link #OPEN} and {@link #CLOSED} as a bit mask,
 * because paths merge; 0 means "no path gets here". Labels are strings; "" is "no label".
 *
 * @param <S> the engine's tree node type, for the sites of the leaking throws
 */
public final class PathExits<S> {
  /** The variable does not hold the resource (not acquired yet, or overwritten). */
  public static final int UNOPENED = 1;
  /** The resource is open. */
  public static final int OPEN = 2;
  /** The resource was closed. */
  public static final int CLOSED = 4;

  private final Map<String, Integer> breaks = new HashMap<>();
  private final Map<String, Integer> continues = new HashMap<>();
  private int returns;
  private int thrown;
  /** Where an exception left with the resource open, in walk order, each node once. */
  private final List<S> throwSites = new ArrayList<>();

  /** {@code state} with the resource closed, where it was open. */
  public static int close(int state) {
    return (state & OPEN) != 0 ? (state & ~OPEN) | CLOSED : state;
  }

  public void addBreak(String label, int state) {
    breaks.merge(label, state, (a, b) -> a | b);
  }

  public void addContinue(String label, int state) {
    continues.merge(label, state, (a, b) -> a | b);
  }

  public void addReturn(int state) {
    returns |= state;
  }

  /** An exception leaves with {@code state}; the first {@code site} that leaks the open resource is kept. */
  public void addThrow(int state, S site) {
    thrown |= state;
    if ((state & OPEN) != 0) {
      remember(site);
    }
  }

  /** {@link #addThrow} for several sites that leave with the same state. */
  public void addThrows(int state, List<S> sites) {
    thrown |= state;
    if ((state & OPEN) != 0) {
      sites.forEach(this::remember);
    }
  }

  /**
   * Names {@code site} as the leaking throw before a {@code catch} runs: when the handler rethrows
   * (wrapped), the call that threw in the {@code try} is the one to blame, not the rethrow.
   */
  public void rememberCause(S site) {
    remember(site);
  }

  /** {@link #rememberCause} for every site that threw in the {@code try}. */
  public void rememberCauses(List<S> sites) {
    sites.forEach(this::remember);
  }

  private void remember(S site) {
    if (site == null) {
      return;
    }
    for (S known : throwSites) {
      if (known == site) { // identity: source trees may be equal by structure
        return;
      }
    }
    throwSites.add(site);
  }

  public int returns() {
    return returns;
  }

  public int thrown() {
    return thrown;
  }

  /** The first site an exception left from with the resource open, or null. */
  public S throwSite() {
    return throwSites.isEmpty() ? null : throwSites.get(0);
  }

  /**
   * Every site an exception left from with the resource open, in walk order (source order for
   * straight-line code): the candidates {@link LeakingThrows#mostPlausible} picks from.
   */
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
    outer.returns |= returns;
    if (withThrows) {
      outer.addThrows(thrown, throwSites);
    }
  }

  /** The states of the breaks a loop ({@code loop}) or a labeled statement consumes. */
  public int consumedBreaks(boolean loop, String label) {
    return (loop ? breaks.getOrDefault("", 0) : 0) | breaks.getOrDefault(label, 0);
  }

  /** The states of the continues a loop labeled {@code label} ("" when none) consumes. */
  public int consumedContinues(String label) {
    return continues.getOrDefault("", 0) | continues.getOrDefault(label, 0);
  }

  /**
   * Sends every exit through a {@code finally} block and on to {@code outer}: {@code finallyBlock}
   * maps the state entering the block to the state leaving it normally (0 when it cannot), and
   * reports the block's own abrupt exits to {@code outer} itself.
   */
  public void throughFinally(IntUnaryOperator finallyBlock, PathExits<S> outer) {
    breaks.forEach((label, state) -> outer.addBreak(label, finallyBlock.applyAsInt(state)));
    continues.forEach((label, state) -> outer.addContinue(label, finallyBlock.applyAsInt(state)));
    if (returns != 0) {
      outer.addReturn(finallyBlock.applyAsInt(returns));
    }
    if (thrown != 0) {
      outer.addThrows(finallyBlock.applyAsInt(thrown), throwSites);
    }
  }

  /** Every exit closes the resource: {@code try (v) { ... }}. */
  public void closeOnEveryExit() {
    breaks.replaceAll((l, s) -> close(s));
    continues.replaceAll((l, s) -> close(s));
    returns = close(returns);
    thrown = close(thrown);
    throwSites.clear();
  }

  /** States leaving the body other than by exception: its end, returns, stray breaks/continues. */
  public int nonExceptionalExits(int normalEnd) {
    int s = normalEnd | returns;
    for (int b : breaks.values()) {
      s |= b;
    }
    for (int c : continues.values()) {
      s |= c;
    }
    return s;
  }
}
