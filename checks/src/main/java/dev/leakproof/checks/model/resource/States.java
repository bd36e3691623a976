package dev.leakproof.checks.model.resource;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The paths reaching one point (paths merge, so a point sees a set). Each path has three facts:
 * where the resource stands ({@link ResourceState}); whether it has <em>recovered</em>: a
 * {@code catch} on the way handled an exception thrown while the resource was open and the path
 * went on from there, other than by an exception ({@code catch (IOException e) { return -1; }},
 * or on past the {@code try}); and the value of one local boolean the walk follows, when it
 * follows one ({@link PathWalk}: {@code close = true} on the branches that open, {@code if (close)
 * reader.close()} in the {@code finally}), unknown otherwise. A recovered path that leaves the
 * method with the resource open leaks it because of that exception, not on a path the method
 * takes by itself ({@link PathWalk.Result#leaksOnAPathOfItsOwn}); the bytecode engine tells these
 * paths apart the same way, by the exception a path carries, and follows such a flag too.
 * Immutable; {@link #NONE} means no path gets here.
 *
 * <p>Each half (paths not recovered, recovered) is a bit set: one row of {@link #STATES} bits per
 * value of the flag ({@link #UNKNOWN}, {@link #FALSE}, {@link #TRUE}), a bit per {@link
 * ResourceState} in the row.
 */
public final class States {
  private static final int STATES = ResourceState.values().length;
  private static final int ROW = (1 << STATES) - 1;
  private static final int UNKNOWN = 0;
  private static final int FALSE = 1;
  private static final int TRUE = 2;
  private static final int ROWS = 3;
  private static final int OPEN_BITS = bit(ResourceState.OPEN) | bit(ResourceState.HELD);

  /** No path reaches the point. */
  public static final States NONE = new States(0, 0);
  /** Only paths on which the variable does not hold the resource. */
  public static final States UNOPENED = of(ResourceState.UNOPENED);
  /** Only paths on which the resource is open. */
  public static final States OPEN = of(ResourceState.OPEN);
  /** Only paths on which the resource was closed. */
  public static final States CLOSED = of(ResourceState.CLOSED);

  /** Where the resource stands on the paths that have not recovered from an exception. */
  private final int unrecovered;
  /** Where it stands on the recovered paths. */
  private final int recovered;

  private States(int unrecovered, int recovered) {
    this.unrecovered = unrecovered;
    this.recovered = recovered;
  }

  /** Paths, none recovered, the flag unknown, on which the resource stands as {@code states} say. */
  public static States of(ResourceState... states) {
    int bits = 0;
    for (ResourceState state : states) {
      bits |= bit(state);
    }
    return new States(bits, 0);
  }

  private static int bit(ResourceState state) {
    return 1 << state.ordinal();
  }

  /** The row of {@code bits} for flag value {@code row}. */
  private static int row(int bits, int row) {
    return bits >>> (row * STATES) & ROW;
  }

  /** Every row of {@code bits} merged, flag values forgotten. */
  private static int anyFlag(int bits) {
    int merged = 0;
    for (int r = 0; r < ROWS; r++) {
      merged |= row(bits, r);
    }
    return merged;
  }

  public boolean contains(ResourceState state) {
    return ((anyFlag(unrecovered) | anyFlag(recovered)) & bit(state)) != 0;
  }

  /** Whether the resource is open on some path: {@link ResourceState#OPEN} or {@link ResourceState#HELD}. */
  public boolean mayBeOpen() {
    return ((anyFlag(unrecovered) | anyFlag(recovered)) & OPEN_BITS) != 0;
  }

  /** Whether no path is in this set: the point is unreachable. */
  public boolean isEmpty() {
    return unrecovered == 0 && recovered == 0;
  }

  public States union(States other) {
    return made(unrecovered | other.unrecovered, recovered | other.recovered);
  }

  /** The paths on which the resource stands as {@code state} says. */
  public States only(ResourceState state) {
    return map(row -> row & bit(state));
  }

  public States without(ResourceState state) {
    return map(row -> row & ~bit(state));
  }

  /** These states after {@code close()}: an open resource becomes closed, the rest stay. */
  public States closed() {
    return map(row -> replaced(row, OPEN_BITS, ResourceState.CLOSED));
  }

  /**
   * These states after closing (or handing over) a holder that holds the resource only once
   * assigned: closed where it holds it ({@link ResourceState#HELD}); an {@link
   * ResourceState#OPEN} resource is not in it yet, and stays open.
   */
  public States closedIfHeld() {
    return map(row -> replaced(row, bit(ResourceState.HELD), ResourceState.CLOSED));
  }

  /** These states after the resource was stored into its holder: open ones are held. */
  public States heldByHolder() {
    return map(row -> replaced(row, bit(ResourceState.OPEN), ResourceState.HELD));
  }

  /** These states after the holder was given another value: held ones are open, but not in it. */
  public States leftByHolder() {
    return map(row -> replaced(row, bit(ResourceState.HELD), ResourceState.OPEN));
  }

  /**
   * These paths after the followed flag was given {@code value} ({@code null}: a value the walk
   * does not know, as {@code flag = ready()}).
   */
  public States withFlag(Boolean value) {
    int to = value == null ? UNKNOWN : value ? TRUE : FALSE;
    return made(moved(unrecovered, to), moved(recovered, to));
  }

  /** {@code bits} with every row merged into row {@code to}. */
  private static int moved(int bits, int to) {
    return anyFlag(bits) << (to * STATES);
  }

  /**
   * The paths on which the followed flag may be {@code value}: those where it is, and those where
   * it is unknown, which from here on know it.
   */
  public States whereFlag(boolean value) {
    int keep = value ? TRUE : FALSE;
    return made(narrowed(unrecovered, keep), narrowed(recovered, keep));
  }

  private static int narrowed(int bits, int keep) {
    return (row(bits, keep) | row(bits, UNKNOWN)) << (keep * STATES);
  }

  /**
   * These paths after a {@code catch} entered with the resource open completed other than by an
   * exception: every one has recovered.
   */
  public States recovered() {
    return isEmpty() ? this : made(0, unrecovered | recovered);
  }

  /** The paths that have not recovered from an exception ({@link #recovered}). */
  public States unrecovered() {
    return recovered == 0 ? this : made(unrecovered, 0);
  }

  /** The paths that have recovered from an exception ({@link #recovered}). */
  public States recoveredOnly() {
    return unrecovered == 0 ? this : made(0, recovered);
  }

  /** These states with {@code change} applied to each row of each half. */
  private States map(IntUnaryOperator change) {
    return made(mapped(unrecovered, change), mapped(recovered, change));
  }

  private static int mapped(int bits, IntUnaryOperator change) {
    int result = 0;
    for (int r = 0; r < ROWS; r++) {
      int row = row(bits, r);
      if (row != 0) {
        result |= change.applyAsInt(row) << (r * STATES);
      }
    }
    return result;
  }

  /** {@code row} with each of {@code from} it holds replaced by {@code to}. */
  private static int replaced(int row, int from, ResourceState to) {
    return (row & from) == 0 ? row : row & ~from | bit(to);
  }

  private States made(int plain, int after) {
    return plain == unrecovered && after == recovered ? this : new States(plain, after);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof States s && unrecovered == s.unrecovered && recovered == s.recovered;
  }

  @Override
  public int hashCode() {
    return 31 * unrecovered + recovered;
  }

  /**
   * "[UNOPENED, CLOSED]"; recovered paths follow: "[CLOSED] recovered [OPEN]"; where the flag
   * is known, its rows: "[UNOPENED] flag false [OPEN]".
   */
  @Override
  public String toString() {
    String plain = ordered(unrecovered);
    return recovered == 0 ? plain : plain + " recovered " + ordered(recovered);
  }

  private static String ordered(int bits) {
    String text = names(row(bits, UNKNOWN)).toString();
    String[] flags = {"", " flag false ", " flag true "};
    for (int r = FALSE; r < ROWS; r++) {
      if (row(bits, r) != 0) {
        text += flags[r] + names(row(bits, r));
      }
    }
    return text;
  }

  private static Set<ResourceState> names(int row) {
    Set<ResourceState> states = EnumSet.noneOf(ResourceState.class);
    for (ResourceState state : ResourceState.values()) {
      if ((row & bit(state)) != 0) {
        states.add(state);
      }
    }
    return states;
  }
}
