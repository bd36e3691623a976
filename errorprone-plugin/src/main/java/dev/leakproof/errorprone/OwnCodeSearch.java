package dev.leakproof.errorprone;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;

/**
 * A search through the code of one method or lambda: it answers true when any visit does. A
 * nested class or lambda is other code that runs at another time (its {@code return} and
 * {@code continue} are its own), so the search does not enter them.
 */
abstract class OwnCodeSearch extends TreeSearch {
  @Override
  public Boolean visitClass(ClassTree tree, Void unused) {
    return false;
  }

  @Override
  public Boolean visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    return false;
  }
}
