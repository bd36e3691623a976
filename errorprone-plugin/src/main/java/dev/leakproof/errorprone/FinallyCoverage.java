package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.model.CatchAll;
import dev.leakproof.checks.model.threadlocal.CleanupCoverage;
import dev.leakproof.checks.model.threadlocal.CleanupCoverage.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Describes the levels between a statement and its method for {@link CleanupCoverage}, which
 * decides whether a cleaning {@code try} covers it on every path.
 */
final class FinallyCoverage {
  private static final Set<Tree.Kind> JUMPS =
      EnumSet.of(Tree.Kind.RETURN, Tree.Kind.BREAK, Tree.Kind.CONTINUE, Tree.Kind.YIELD);

  private FinallyCoverage() {}

  /**
   * Whether the code at {@code path} is covered by a {@code try} that cleans on every exit (a
   * {@code finally}, or a catch-all and the statement after the {@code try}) by code satisfying
   * {@code cleans}, looking no further out than {@code scope} (the method or lambda).
   */
  static boolean covered(TreePath path, Tree scope, Predicate<Tree> cleans) {
    List<Level> levels = new ArrayList<>();
    Tree child = path.getLeaf();
    for (TreePath at = path.getParentPath(); at != null && child != scope;
        child = at.getLeaf(), at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      if (tree instanceof TryTree tryTree) {
        levels.add(child == tryTree.getBlock()
            ? new CleanupCoverage.InTryBlock(shape(tryTree, at.getParentPath(), cleans))
            : new CleanupCoverage.InTryHandler());
      } else if (tree instanceof BlockTree block) {
        if (block.getStatements().indexOf(child) >= 0) {
          StatementTree next = following(block, child);
          levels.add(new CleanupCoverage.InBlock(
              next instanceof TryTree nextTry ? shape(nextTry, at, cleans) : null, next == null));
        }
      } else if (tree instanceof StatementTree && !(tree instanceof IfTree
          || tree instanceof LabeledStatementTree || tree instanceof ExpressionStatementTree)) {
        levels.add(new CleanupCoverage.Other());
      }
    }
    return CleanupCoverage.covered(levels);
  }

  /** {@code tryTree}, whose parent is at {@code parent}, as the shared model sees it. */
  private static CleanupCoverage.Try shape(TryTree tryTree, TreePath parent,
      Predicate<Tree> cleans) {
    List<? extends CatchTree> catches = tryTree.getCatches();
    StatementTree next = parent != null && parent.getLeaf() instanceof BlockTree block
        ? following(block, tryTree) : null;
    return new CleanupCoverage.Try(
        tryTree.getFinallyBlock() != null && cleans.test(tryTree.getFinallyBlock()),
        catches.stream().anyMatch(FinallyCoverage::catchesEverything),
        !catches.isEmpty() && catches.stream().allMatch(c -> cleans.test(c.getBlock())),
        jumps(tryTree.getBlock()),
        next != null && cleans.test(next));
  }

  private static boolean catchesEverything(CatchTree clause) {
    Type caught = ASTHelpers.getType(clause.getParameter());
    return caught != null && !caught.isUnion()
        && CatchAll.catchesEverything(caught.tsym.getQualifiedName().toString());
  }

  /** The statement right after {@code child} in {@code block}, or null. */
  private static StatementTree following(BlockTree block, Tree child) {
    List<? extends StatementTree> statements = block.getStatements();
    int index = statements.indexOf(child);
    return index >= 0 && index + 1 < statements.size() ? statements.get(index + 1) : null;
  }

  /** Whether {@code block} holds a statement that may leave it other than by falling through. */
  private static boolean jumps(BlockTree block) {
    return TreeSearch.any(block, tree -> JUMPS.contains(tree.getKind()));
  }
}
