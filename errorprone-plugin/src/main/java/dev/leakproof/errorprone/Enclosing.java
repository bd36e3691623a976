package dev.leakproof.errorprone;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.util.TreePath;

/** The code around a tree. */
final class Enclosing {
  private Enclosing() {}

  /** The path of the top-level class around {@code path}'s leaf; null outside any class. */
  static TreePath topLevelClass(TreePath path) {
    TreePath top = null;
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      if (at.getLeaf() instanceof ClassTree) {
        top = at;
      }
    }
    return top;
  }

  /**
   * The nearest tree around {@code path}'s leaf that is not a parenthesis: what the value is
   * given to; null when there is none.
   */
  static TreePath parentThroughParentheses(TreePath path) {
    TreePath parent = path.getParentPath();
    while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
      parent = parent.getParentPath();
    }
    return parent;
  }
}
