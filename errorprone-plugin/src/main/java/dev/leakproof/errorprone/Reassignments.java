package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;

/** Whether code assigns a variable: {@code x = …}, {@code x += …}, {@code x++}, {@code --x}. */
final class Reassignments {
  private Reassignments() {}

  /** Whether anything in {@code scope} assigns {@code variable} (its declaration aside). */
  static boolean assignedIn(Tree scope, Symbol variable) {
    boolean[] assigned = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        assigned[0] |= ASTHelpers.getSymbol(tree.getVariable()) == variable;
        return super.visitAssignment(tree, unused);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        assigned[0] |= ASTHelpers.getSymbol(tree.getVariable()) == variable;
        return super.visitCompoundAssignment(tree, unused);
      }

      @Override
      public Void visitUnary(UnaryTree tree, Void unused) {
        // Only ++ and -- assign; -x, +x, !x and ~x read.
        assigned[0] |= isIncrementOrDecrement(tree.getKind())
            && ASTHelpers.getSymbol(tree.getExpression()) == variable;
        return super.visitUnary(tree, unused);
      }
    }.scan(scope, null);
    return assigned[0];
  }

  private static boolean isIncrementOrDecrement(Tree.Kind kind) {
    return kind == Tree.Kind.PREFIX_INCREMENT || kind == Tree.Kind.PREFIX_DECREMENT
        || kind == Tree.Kind.POSTFIX_INCREMENT || kind == Tree.Kind.POSTFIX_DECREMENT;
  }
}
