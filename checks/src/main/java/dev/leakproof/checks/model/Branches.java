package dev.leakproof.checks.model;

import dev.leakproof.checks.model.SourceTree.If;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Which of two pieces of code of one method can run after the other, from the syntax
 * (ThreadLocalNotRemoved: a {@code remove()} after the {@code set()}, not on its other branch).
 */
public final class Branches {
  private Branches() {}

  /**
   * Whether {@code later} can run after {@code first} without a loop: it starts after it in the
   * source ({@code startsAfter}, the engine's positions), and the two are not in opposite
   * branches of one {@code if}: the innermost {@code if} around {@code first} that holds {@code
   * later} too decides.
   *
   * @param first {@code first} and its ancestors, innermost first
   * @param later {@code later} and its ancestors, innermost first
   */
  public static <N> boolean mayFollow(SourceTree<N> tree, List<N> first, List<N> later,
      boolean startsAfter) {
    if (!startsAfter) {
      return false;
    }
    Set<N> laterAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    laterAncestors.addAll(later);
    for (int i = 1; i < first.size(); i++) {
      N child = first.get(i - 1);
      if (laterAncestors.contains(first.get(i))
          && tree.shape(first.get(i)) instanceof If<N> branch) {
        N other = child == branch.then() ? branch.otherwise()
            : child == branch.otherwise() ? branch.then() : null;
        return other == null || !laterAncestors.contains(other);
      }
    }
    return true;
  }
}
