package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.tools.javac.code.Symbol;

/** Whether code assigns a variable: {@code x = …}, {@code x += …}, {@code x++}, {@code --x}. */
final class Reassignments {
  private Reassignments() {}

  /** Whether anything in {@code scope} assigns {@code variable} (its declaration aside). */
  static boolean assignedIn(Tree scope, Symbol variable) {
    return TreeSearch.any(scope, tree -> switch (tree) {
      case AssignmentTree assignment -> ASTHelpers.getSymbol(assignment.getVariable()) == variable;
      case CompoundAssignmentTree assignment ->
          ASTHelpers.getSymbol(assignment.getVariable()) == variable;
      // Only ++ and -- assign; -x, +x, !x and ~x read.
      case UnaryTree unary -> isIncrementOrDecrement(unary.getKind())
          && ASTHelpers.getSymbol(unary.getExpression()) == variable;
      default -> false;
    });
  }

  private static boolean isIncrementOrDecrement(Tree.Kind kind) {
    return kind == Tree.Kind.PREFIX_INCREMENT || kind == Tree.Kind.PREFIX_DECREMENT
        || kind == Tree.Kind.POSTFIX_INCREMENT || kind == Tree.Kind.POSTFIX_DECREMENT;
  }
}
