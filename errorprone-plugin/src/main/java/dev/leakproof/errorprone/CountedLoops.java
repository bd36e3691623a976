package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import dev.leakproof.checks.model.concat.CountedLoop;
import dev.leakproof.checks.model.concat.CountedLoop.Comparison;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@link CountedLoop} a {@code for} loop is, read from its tree:
 * {@code for (int i = 0; i < 16; i += 2)}, one counter started at an integer literal, compared
 * with an integer literal, stepped by {@code ++}, {@code --}, {@code += literal},
 * {@code -= literal} or {@code i = i ± literal}, and assigned nowhere in the body. The scanner
 * reads the same shape from JavaParser's tree.
 */
final class CountedLoops {
  private CountedLoops() {}

  static Optional<CountedLoop> of(Tree loop) {
    if (!(loop instanceof ForLoopTree forLoop) || forLoop.getInitializer().size() != 1
        || forLoop.getUpdate().size() != 1 || forLoop.getCondition() == null) {
      return Optional.empty();
    }
    StatementTree init = forLoop.getInitializer().get(0);
    String counter;
    OptionalLong start;
    if (init instanceof VariableTree variable && variable.getInitializer() != null) {
      counter = variable.getName().toString();
      start = literal(variable.getInitializer());
    } else if (init instanceof ExpressionStatementTree statement
        && statement.getExpression() instanceof AssignmentTree assign
        && assign.getVariable() instanceof IdentifierTree name) {
      counter = name.getName().toString();
      start = literal(assign.getExpression());
    } else {
      return Optional.empty();
    }
    OptionalLong step = step(forLoop.getUpdate().get(0).getExpression(), counter);
    if (start.isEmpty() || step.isEmpty() || assignedIn(forLoop.getStatement(), counter)) {
      return Optional.empty();
    }
    if (!(ASTHelpers.stripParentheses(forLoop.getCondition()) instanceof BinaryTree test)) {
      return Optional.empty();
    }
    Comparison comparison = switch (test.getKind()) {
      case LESS_THAN -> Comparison.LESS;
      case LESS_THAN_EQUAL -> Comparison.LESS_OR_EQUAL;
      case GREATER_THAN -> Comparison.GREATER;
      case GREATER_THAN_EQUAL -> Comparison.GREATER_OR_EQUAL;
      case NOT_EQUAL_TO -> Comparison.NOT_EQUAL;
      default -> null;
    };
    if (comparison == null) {
      return Optional.empty();
    }
    OptionalLong bound;
    if (isCounter(test.getLeftOperand(), counter)) {
      bound = literal(test.getRightOperand());
    } else if (isCounter(test.getRightOperand(), counter)) {
      bound = literal(test.getLeftOperand());
      comparison = comparison.mirrored();
    } else {
      return Optional.empty();
    }
    return bound.isEmpty() ? Optional.empty() : Optional.of(new CountedLoop(
        start.getAsLong(), comparison, bound.getAsLong(), step.getAsLong()));
  }

  private static OptionalLong step(ExpressionTree update, String counter) {
    if (update instanceof UnaryTree unary && isCounter(unary.getExpression(), counter)) {
      return switch (unary.getKind()) {
        case POSTFIX_INCREMENT, PREFIX_INCREMENT -> OptionalLong.of(1);
        case POSTFIX_DECREMENT, PREFIX_DECREMENT -> OptionalLong.of(-1);
        default -> OptionalLong.empty();
      };
    }
    if (update instanceof CompoundAssignmentTree compound
        && isCounter(compound.getVariable(), counter)) {
      return switch (compound.getKind()) {
        case PLUS_ASSIGNMENT -> literal(compound.getExpression());
        case MINUS_ASSIGNMENT -> negate(literal(compound.getExpression()));
        default -> OptionalLong.empty();
      };
    }
    if (update instanceof AssignmentTree assign && isCounter(assign.getVariable(), counter)
        && ASTHelpers.stripParentheses(assign.getExpression()) instanceof BinaryTree sum
        && isCounter(sum.getLeftOperand(), counter)) {
      return switch (sum.getKind()) {
        case PLUS -> literal(sum.getRightOperand());
        case MINUS -> negate(literal(sum.getRightOperand()));
        default -> OptionalLong.empty();
      };
    }
    return OptionalLong.empty();
  }

  /** Whether the body assigns, increments or decrements the counter (then it does not only count). */
  private static boolean assignedIn(Tree body, String counter) {
    return TreeSearch.any(body, tree -> switch (tree) {
      case AssignmentTree assignment -> isCounter(assignment.getVariable(), counter);
      case CompoundAssignmentTree assignment -> isCounter(assignment.getVariable(), counter);
      case UnaryTree unary -> step(unary, counter).isPresent();
      default -> false;
    });
  }

  private static boolean isCounter(ExpressionTree expression, String counter) {
    return ASTHelpers.stripParentheses(expression) instanceof IdentifierTree name
        && name.getName().contentEquals(counter);
  }

  /** An integer literal's value, also negated ({@code -1}); empty for anything else. */
  private static OptionalLong literal(ExpressionTree expression) {
    ExpressionTree value = ASTHelpers.stripParentheses(expression);
    if (value instanceof LiteralTree literal
        && (literal.getValue() instanceof Integer || literal.getValue() instanceof Long)) {
      return OptionalLong.of(((Number) literal.getValue()).longValue());
    }
    if (value instanceof UnaryTree unary && unary.getKind() == Tree.Kind.UNARY_MINUS) {
      return negate(literal(unary.getExpression()));
    }
    return OptionalLong.empty();
  }

  private static OptionalLong negate(OptionalLong value) {
    return value.isPresent() ? OptionalLong.of(-value.getAsLong()) : value;
  }
}
