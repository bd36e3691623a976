package dev.leakproof.checks.model.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * The set of {@link ResourceState}s the paths reaching one point may be in (paths merge, so a
 * point sees a set). Immutable and interned: eight values in all. {@link #NONE} means no path
 * gets here.
 */
public final class States {
  private static final States[] ALL = new States[8];

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
    return contains(ResourceState.OPEN)
        ? without(ResourceState.OPEN).union(CLOSED) : this;
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
