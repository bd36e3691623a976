package dev.leakproof.errorprone;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether a statement is followed, on every path, by a {@code finally} that does something: the
 * statement sits inside the {@code try} block of such a {@code try}, or such a {@code try}
 * directly follows it (nothing runs in between that could throw or return first).
 */
final class FinallyCoverage {
  private FinallyCoverage() {}

  /**
   * Whether the code at {@code path} is covered by a {@code finally} whose block satisfies
   * {@code cleans}, looking no further out than {@code scope} (the method or lambda).
   */
  static boolean covered(TreePath path, Tree scope, Predicate<BlockTree> cleans) {
    boolean nextRunsFirst = false; // something that could throw or return runs before any try
    Tree child = path.getLeaf();
    for (TreePath at = path.getParentPath(); at != null && child != scope;
        child = at.getLeaf(), at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      if (tree instanceof TryTree tryTree) {
        if (child == tryTree.getBlock() && tryTree.getFinallyBlock() != null
            && cleans.test(tryTree.getFinallyBlock())) {
          return true;
        }
        nextRunsFirst |= child != tryTree.getBlock();
      } else if (tree instanceof BlockTree block && !nextRunsFirst) {
        List<? extends StatementTree> statements = block.getStatements();
        int index = statements.indexOf(child);
        if (index >= 0 && index + 1 < statements.size()) {
          if (statements.get(index + 1) instanceof TryTree next && next.getFinallyBlock() != null
              && cleans.test(next.getFinallyBlock())) {
            return true;
          }
          nextRunsFirst = true;
        }
      } else if (tree instanceof StatementTree && !(tree instanceof IfTree
          || tree instanceof LabeledStatementTree || tree instanceof BlockTree
          || tree instanceof ExpressionStatementTree)) {
        // A loop, switch or synchronized block: control does not simply fall through to what
        // follows, so only an enclosing try can still cover it.
        nextRunsFirst = true;
      }
    }
    return false;
  }
}
