package dev.leakproof.checks.model.resource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The paths reaching one point (paths merge, so a point sees a set). Each path has two facts:
 * where the resource stands ({@link ResourceState}), and whether it has <em>recovered</em>: a
 * {@code catch} on the way handled an exception thrown while the resource was open and the path
 * went on from there, other than by an exception ({@code catch (IOException e) { return -1; }},
 * or on past the {@code try}). A recovered path that leaves the method with the resource open
 * leaks it because of that exception, not on a path the method takes by itself ({@link
 * PathWalk.Result#leaksOnAPathOfItsOwn}); the bytecode engine tells these paths apart the same
 * way, by the exception a path carries. Immutable; {@link #NONE} means no path gets here.
 */
public final class States {
  /** No path reaches the point. */
  public static final States NONE = new States(none(), none());
  /** Only paths on which the variable does not hold the resource. */
  public static final States UNOPENED = of(ResourceState.UNOPENED);
  /** Only paths on which the resource is open. */
  public static final States OPEN = of(ResourceState.OPEN);
  /** Only paths on which the resource was closed. */
  public static final States CLOSED = of(ResourceState.CLOSED);

  /** Where the resource stands on the paths that have not recovered from an exception. */
  private final Set<ResourceState> unrecovered;
  /** Where it stands on the recovered paths. */
  private final Set<ResourceState> recovered;

  private States(Set<ResourceState> unrecovered, Set<ResourceState> recovered) {
    this.unrecovered = unrecovered;
    this.recovered = recovered;
  }

  /** Paths, none recovered, on which the resource stands as {@code states} say. */
  public static States of(ResourceState... states) {
    Set<ResourceState> set = none();
    set.addAll(Arrays.asList(states));
    return new States(set, none());
  }

  private static Set<ResourceState> none() {
    return EnumSet.noneOf(ResourceState.class);
  }

  public boolean contains(ResourceState state) {
    return unrecovered.contains(state) || recovered.contains(state);
  }

  /** Whether the resource is open on some path: {@link ResourceState#OPEN} or {@link ResourceState#HELD}. */
  public boolean mayBeOpen() {
    return open(unrecovered) || open(recovered);
  }

  private static boolean open(Set<ResourceState> states) {
    return states.contains(ResourceState.OPEN) || states.contains(ResourceState.HELD);
  }

  /** Whether no path is in this set: the point is unreachable. */
  public boolean isEmpty() {
    return unrecovered.isEmpty() && recovered.isEmpty();
  }

  public States union(States other) {
    return new States(joined(unrecovered, other.unrecovered), joined(recovered, other.recovered));
  }

  private static Set<ResourceState> joined(Set<ResourceState> a, Set<ResourceState> b) {
    if (a.containsAll(b)) {
      return a;
    }
    if (b.containsAll(a)) {
      return b;
    }
    return edited(a, all -> {
      all.addAll(b);
      return all;
    });
  }

  /** The paths on which the resource stands as {@code state} says. */
  public States only(ResourceState state) {
    return map(states -> states.contains(state) ? EnumSet.of(state) : none());
  }

  public States without(ResourceState state) {
    return map(states -> edited(states, all -> {
      all.remove(state);
      return all;
    }));
  }

  /** These states after {@code close()}: an open resource becomes closed, the rest stay. */
  public States closed() {
    return map(states -> open(states) ? replaced(states,
        EnumSet.of(ResourceState.OPEN, ResourceState.HELD), ResourceState.CLOSED) : states);
  }

  /**
   * These states after closing (or handing over) a holder that holds the resource only once
   * assigned: closed where it holds it ({@link ResourceState#HELD}); an {@link
   * ResourceState#OPEN} resource is not in it yet, and stays open.
   */
  public States closedIfHeld() {
    return map(states -> replaced(states, EnumSet.of(ResourceState.HELD), ResourceState.CLOSED));
  }

  /** These states after the resource was stored into its holder: open ones are held. */
  public States heldByHolder() {
    return map(states -> replaced(states, EnumSet.of(ResourceState.OPEN), ResourceState.HELD));
  }

  /** These states after the holder was given another value: held ones are open, but not in it. */
  public States leftByHolder() {
    return map(states -> replaced(states, EnumSet.of(ResourceState.HELD), ResourceState.OPEN));
  }

  /**
   * These paths after a {@code catch} entered with the resource open completed other than by an
   * exception: every one has recovered.
   */
  public States recovered() {
    return isEmpty() ? this : new States(none(), joined(unrecovered, recovered));
  }

  /** The paths that have not recovered from an exception ({@link #recovered}). */
  public States unrecovered() {
    return recovered.isEmpty() ? this : new States(unrecovered, none());
  }

  /** The paths that have recovered from an exception ({@link #recovered}). */
  public States recoveredOnly() {
    return unrecovered.isEmpty() ? this : new States(none(), recovered);
  }

  private States map(UnaryOperator<Set<ResourceState>> change) {
    Set<ResourceState> plain = change.apply(unrecovered);
    Set<ResourceState> after = change.apply(recovered);
    return plain.equals(unrecovered) && after.equals(recovered) ? this : new States(plain, after);
  }

  /** {@code states} with each of {@code from} it holds replaced by {@code to}. */
  private static Set<ResourceState> replaced(Set<ResourceState> states, Set<ResourceState> from,
      ResourceState to) {
    if (from.stream().noneMatch(states::contains)) {
      return states;
    }
    return edited(states, all -> {
      all.removeAll(from);
      all.add(to);
      return all;
    });
  }

  /** {@code states} after {@code edit}, which is given a copy to change: a set is never changed once shared. */
  private static Set<ResourceState> edited(Set<ResourceState> states,
      UnaryOperator<Set<ResourceState>> edit) {
    Set<ResourceState> copy = none();
    copy.addAll(states);
    return edit.apply(copy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof States s && unrecovered.equals(s.unrecovered)
        && recovered.equals(s.recovered);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unrecovered, recovered);
  }

  /** "[UNOPENED, CLOSED]"; recovered paths follow: "[CLOSED] recovered [OPEN]". */
  @Override
  public String toString() {
    String plain = ordered(unrecovered);
    return recovered.isEmpty() ? plain : plain + " recovered " + ordered(recovered);
  }

  private static String ordered(Set<ResourceState> states) {
    return states.toString(); // an EnumSet: in declaration order
  }
}
