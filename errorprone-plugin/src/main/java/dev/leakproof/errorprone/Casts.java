package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.TypeCastTree;

/** Expressions read through the parentheses and casts around them. */
final class Casts {
  private Casts() {}

  /**
   * {@code expression} without parentheses and casts: {@code ((T) previous)} is {@code previous}.
   * A cast changes the static type, never the object, so what a rule asks of the value (is it
   * {@code this}, a {@code new}, {@code null}, a call) is asked of the operand.
   */
  static ExpressionTree stripped(ExpressionTree expression) {
    ExpressionTree e = ASTHelpers.stripParentheses(expression);
    while (e instanceof TypeCastTree cast) {
      e = ASTHelpers.stripParentheses(cast.getExpression());
    }
    return e;
  }
}
