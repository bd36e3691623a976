package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * How code assigns a variable: whether it does at all ({@code x = …}, {@code x += …}, {@code x++},
 * {@code --x}), and the values it gives it.
 */
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

  /**
   * The values {@code variable} is given in {@code scope} (null: none), in source order: its
   * declaration's initializer, and with {@code assignments} the right-hand side of every
   * {@code variable = …}; nested classes and lambdas included.
   */
  static List<ExpressionTree> valuesGiven(Tree scope, Symbol variable, boolean assignments) {
    List<ExpressionTree> values = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree declared, Void unused) {
        if (ASTHelpers.getSymbol(declared) == variable && declared.getInitializer() != null) {
          values.add(declared.getInitializer());
        }
        return super.visitVariable(declared, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree assignment, Void unused) {
        if (assignments && ASTHelpers.getSymbol(assignment.getVariable()) == variable) {
          values.add(assignment.getExpression());
        }
        return super.visitAssignment(assignment, unused);
      }
    }.scan(scope, null);
    return values;
  }

  private static boolean isIncrementOrDecrement(Tree.Kind kind) {
    return kind == Tree.Kind.PREFIX_INCREMENT || kind == Tree.Kind.PREFIX_DECREMENT
        || kind == Tree.Kind.POSTFIX_INCREMENT || kind == Tree.Kind.POSTFIX_DECREMENT;
  }
}
