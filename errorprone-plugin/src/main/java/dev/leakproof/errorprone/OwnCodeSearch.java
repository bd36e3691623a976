package dev.leakproof.errorprone;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * The value of each {@code return} of the code in {@code body} (not of the lambdas and classes
   * inside it), in source order; null for a {@code return;}.
   */
  static List<ExpressionTree> returnedValues(Tree body) {
    List<ExpressionTree> values = new ArrayList<>();
    new OwnCodeSearch() {
      @Override
      public Boolean visitReturn(ReturnTree exit, Void unused) {
        values.add(exit.getExpression());
        return false;
      }
    }.foundIn(body);
    return values;
  }
}
