package dev.leakproof.checks.model.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * The set of {@link ResourceState}s the paths reaching one point may be in (paths merge, so a
 * point sees a set). Immutable and interned: sixteen values in all. {@link #NONE} means no path
 * gets here.
 */
public final class States {
  private static final States[] ALL = new States[16];

  static {
    for (int mask = 0; mask < ALL.length; mask++) {
      ALL[mask] = new States(mask);
    }
  }

  /** No path reaches the point. */
  public static final States NONE = ALL[0];
  /** Only paths on which the variable does not hold the resource. */
  public static final States UNOPENED = of(ResourceState.UNOPENED);
  /** Only paths on which the resource is open. */
  public static final States OPEN = of(ResourceState.OPEN);
  /** Only paths on which the resource was closed. */
  public static final States CLOSED = of(ResourceState.CLOSED);

  private final int mask;

  private States(int mask) {
    this.mask = mask;
  }

  public static States of(ResourceState... states) {
    int mask = 0;
    for (ResourceState state : states) {
      mask |= bit(state);
    }
    return ALL[mask];
  }

  private static int bit(ResourceState state) {
    return 1 << state.ordinal();
  }

  public boolean contains(ResourceState state) {
    return (mask & bit(state)) != 0;
  }

  /** Whether the resource is open on some path: {@link ResourceState#OPEN} or {@link ResourceState#HELD}. */
  public boolean mayBeOpen() {
    return contains(ResourceState.OPEN) || contains(ResourceState.HELD);
  }

  /** Whether no path is in this set: the point is unreachable. */
  public boolean isEmpty() {
    return mask == 0;
  }

  public States union(States other) {
    return ALL[mask | other.mask];
  }

  public States intersect(States other) {
    return ALL[mask & other.mask];
  }

  public States without(ResourceState state) {
    return ALL[mask & ~bit(state)];
  }

  /** These states after {@code close()}: an open resource becomes closed, the rest stay. */
  public States closed() {
    return mayBeOpen()
        ? without(ResourceState.OPEN).without(ResourceState.HELD).union(CLOSED) : this;
  }

  /**
   * These states after closing (or handing over) a holder that holds the resource only once
   * assigned: closed where it holds it ({@link ResourceState#HELD}); an {@link
   * ResourceState#OPEN} resource is not in it yet, and stays open.
   */
  public States closedIfHeld() {
    return contains(ResourceState.HELD) ? without(ResourceState.HELD).union(CLOSED) : this;
  }

  /** These states after the resource was stored into its holder: open ones are held. */
  public States heldByHolder() {
    return contains(ResourceState.OPEN)
        ? without(ResourceState.OPEN).union(of(ResourceState.HELD)) : this;
  }

  /** These states after the holder was given another value: held ones are open, but not in it. */
  public States leftByHolder() {
    return contains(ResourceState.HELD)
        ? without(ResourceState.HELD).union(OPEN) : this;
  }

  @Override
  public String toString() {
    List<ResourceState> members = new ArrayList<>();
    for (ResourceState state : ResourceState.values()) {
      if (contains(state)) {
        members.add(state);
      }
    }
    return members.toString();
  }
}
