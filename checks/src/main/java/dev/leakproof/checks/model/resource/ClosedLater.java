package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.model.SourceTree;
import dev.leakproof.checks.model.SourceTree.Block;
import dev.leakproof.checks.model.SourceTree.Catch;
import dev.leakproof.checks.model.SourceTree.Deferred;
import dev.leakproof.checks.model.SourceTree.Try;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether the method closes a local after a given point, on the path that runs through it
 * ({@link UnlistedValues#ownsUnlistedValue}, {@link UnclosedResourceModel#argumentHandsOver},
 * {@link UnclosedResourceModel#holderTakesThePlace}), read from the syntax for both source
 * engines: a later statement of a block around the point, or the {@code finally} of a {@code
 * try} whose block holds it, closes the local. A close on a branch the point is not on ({@code if
 * (bad) s.close(); else handOver(s);}) does not count, nor one in a {@code catch} (a close on
 * failure proves nothing) or in code that runs later, if at all (a lambda, a class body, where
 * the name may be another local's). A point inside such code looks no further out than it.
 *
 * <p>Statements are told apart by identity: a second {@code sink.take(in);} is not the first,
 * whatever its text (corpus {@code GivenToTheSinkAgainAfterAConditionalClose}).
 *
 * <p>The bytecode engine answers the same question by following normal edges from the
 * instruction (its own {@code ClosedLater}): a graph, not a tree.
 */
public final class ClosedLater {
  private ClosedLater() {}

  /**
   * Whether the local is closed after the point, within the body.
   *
   * @param path the point and its ancestors, innermost first, up to the body (included) or the
   *     top of the tree
   * @param closesTheLocal whether a node itself closes the local: {@code v.close()}, a closing
   *     helper given it, a {@code try (v)} (the engine's facts)
   */
  public static <N> boolean after(SourceTree<N> tree, List<N> path,
      Predicate<N> closesTheLocal) {
    for (int i = 1; i < path.size(); i++) {
      N child = path.get(i - 1);
      SourceTree.Shape<N> parent = tree.shape(path.get(i));
      if (parent instanceof Deferred<N>) {
        return false;
      }
      if (parent instanceof Block<N> block) {
        boolean later = false;
        for (N statement : block.statements()) {
          if (later && closes(tree, statement, closesTheLocal)) {
            return true;
          }
          later |= statement == child;
        }
      }
      if (parent instanceof Try<N> t && t.block() == child && t.finallyBlock() != null
          && closes(tree, t.finallyBlock(), closesTheLocal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code node}, or code it holds that runs with it and not on failure, closes the local. */
  private static <N> boolean closes(SourceTree<N> tree, N node, Predicate<N> closesTheLocal) {
    if (closesTheLocal.test(node)) {
      return true;
    }
    SourceTree.Shape<N> shape = tree.shape(node);
    if (shape instanceof Catch<N> || shape instanceof Deferred<N>) {
      return false;
    }
    for (N child : tree.children(node)) {
      if (closes(tree, child, closesTheLocal)) {
        return true;
      }
    }
    return false;
  }
}
