package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.HashSet;
import java.util.Set;

/** Which of two pieces of code of one method can run after the other, from the syntax. */
final class Branches {
  private Branches() {}

  /**
   * Whether {@code later} can run after {@code first} without a loop: it starts after it in the
   * source, and the two are not in opposite branches of one {@code if}.
   */
  static boolean mayFollow(TreePath first, TreePath later) {
    if (ASTHelpers.getStartPosition(later.getLeaf())
        <= ASTHelpers.getStartPosition(first.getLeaf())) {
      return false;
    }
    Set<Tree> laterAncestors = new HashSet<>();
    for (TreePath at = later; at != null; at = at.getParentPath()) {
      laterAncestors.add(at.getLeaf());
    }
    Tree child = first.getLeaf();
    for (TreePath at = first.getParentPath(); at != null;
        child = at.getLeaf(), at = at.getParentPath()) {
      if (at.getLeaf() instanceof IfTree branch && laterAncestors.contains(branch)) {
        Tree other = child == branch.getThenStatement() ? branch.getElseStatement()
            : child == branch.getElseStatement() ? branch.getThenStatement() : null;
        return other == null || !laterAncestors.contains(other);
      }
    }
    return true;
  }
}
