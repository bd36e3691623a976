package dev.leakproof.errorprone;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;

/**
 * A search through the code of one method or lambda: it answers true when any visit does. A
 * nested class or lambda is other code that runs at another time (its {@code return} and
 * {@code continue} are its own), so the search does not enter them.
 */
abstract class OwnCodeSearch extends TreeScanner<Boolean, Void> {
  /** Whether the search finds something in {@code tree}. */
  final boolean foundIn(Tree tree) {
    return Boolean.TRUE.equals(scan(tree, null));
  }

  @Override
  public Boolean visitClass(ClassTree tree, Void unused) {
    return false;
  }

  @Override
  public Boolean visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    return false;
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }
}
