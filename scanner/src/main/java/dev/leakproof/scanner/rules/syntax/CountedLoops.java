package dev.leakproof.scanner.rules.syntax;

import static com.github.javaparser.ast.expr.Expression.EXCLUDE_ENCLOSED_EXPR;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.leakproof.checks.model.concat.CountedLoop;
import dev.leakproof.checks.model.concat.CountedLoop.Comparison;
import dev.leakproof.scanner.engine.Trees;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@link CountedLoop} a {@code for} statement is, read from its syntax:
 * {@code for (int i = 0; i < 16; i += 2)}, one counter started at an integer literal, compared
 * with an integer literal, stepped by {@code ++}, {@code --}, {@code += literal},
 * {@code -= literal} or {@code i = i ± literal}, and assigned nowhere in the body.
 */
public final class CountedLoops {
  private CountedLoops() {}

  public static Optional<CountedLoop> of(Node loop) {
    if (!(loop instanceof ForStmt forLoop) || forLoop.getInitialization().size() != 1
        || forLoop.getUpdate().size() != 1 || forLoop.getCompare().isEmpty()) {
      return Optional.empty();
    }
    Expression init = forLoop.getInitialization().get(0);
    String counter;
    OptionalLong start;
    if (init instanceof VariableDeclarationExpr declaration
        && declaration.getVariables().size() == 1) {
      VariableDeclarator variable = declaration.getVariable(0);
      counter = variable.getNameAsString();
      start = variable.getInitializer().map(CountedLoops::literal).orElse(OptionalLong.empty());
    } else if (init instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getTarget() instanceof NameExpr name) {
      counter = name.getNameAsString();
      start = literal(assign.getValue());
    } else {
      return Optional.empty();
    }
    OptionalLong step = step(forLoop.getUpdate().get(0), counter);
    if (start.isEmpty() || step.isEmpty() || assignedIn(forLoop.getBody(), counter)) {
      return Optional.empty();
    }
    return bound(forLoop.getCompare().get(), counter).map(test ->
        new CountedLoop(start.getAsLong(), test.comparison(), test.bound(), step.getAsLong()));
  }

  private record Test(Comparison comparison, long bound) {}

  private static Optional<Test> bound(Expression compare, String counter) {
    if (!(EXCLUDE_ENCLOSED_EXPR.apply(compare) instanceof BinaryExpr binary)) {
      return Optional.empty();
    }
    Optional<Comparison> comparison = switch (binary.getOperator()) {
      case LESS -> Optional.of(Comparison.LESS);
      case LESS_EQUALS -> Optional.of(Comparison.LESS_OR_EQUAL);
      case GREATER -> Optional.of(Comparison.GREATER);
      case GREATER_EQUALS -> Optional.of(Comparison.GREATER_OR_EQUAL);
      case NOT_EQUALS -> Optional.of(Comparison.NOT_EQUAL);
      default -> Optional.empty();
    };
    if (comparison.isEmpty()) {
      return Optional.empty();
    }
    if (isCounter(binary.getLeft(), counter)) {
      OptionalLong bound = literal(binary.getRight());
      return bound.isPresent()
          ? Optional.of(new Test(comparison.get(), bound.getAsLong())) : Optional.empty();
    }
    if (isCounter(binary.getRight(), counter)) {
      OptionalLong bound = literal(binary.getLeft());
      return bound.isPresent()
          ? Optional.of(new Test(comparison.get().mirrored(), bound.getAsLong()))
          : Optional.empty();
    }
    return Optional.empty();
  }

  private static OptionalLong step(Expression update, String counter) {
    if (update instanceof UnaryExpr unary && isCounter(unary.getExpression(), counter)) {
      return switch (unary.getOperator()) {
        case POSTFIX_INCREMENT, PREFIX_INCREMENT -> OptionalLong.of(1);
        case POSTFIX_DECREMENT, PREFIX_DECREMENT -> OptionalLong.of(-1);
        default -> OptionalLong.empty();
      };
    }
    if (!(update instanceof AssignExpr assign) || !isCounter(assign.getTarget(), counter)) {
      return OptionalLong.empty();
    }
    return switch (assign.getOperator()) {
      case PLUS -> literal(assign.getValue());
      case MINUS -> negate(literal(assign.getValue()));
      case ASSIGN -> EXCLUDE_ENCLOSED_EXPR.apply(assign.getValue()) instanceof BinaryExpr sum
          && isCounter(sum.getLeft(), counter)
          ? switch (sum.getOperator()) {
              case PLUS -> literal(sum.getRight());
              case MINUS -> negate(literal(sum.getRight()));
              default -> OptionalLong.empty();
            }
          : OptionalLong.empty();
      default -> OptionalLong.empty();
    };
  }

  /** Whether the body assigns, increments or decrements the counter (then it does not only count). */
  private static boolean assignedIn(Node body, String counter) {
    return Trees.findAll(body, AssignExpr.class).stream()
            .anyMatch(assign -> isCounter(assign.getTarget(), counter))
        || Trees.findAll(body, UnaryExpr.class).stream()
            .anyMatch(unary -> step(unary, counter).isPresent());
  }

  private static boolean isCounter(Expression expression, String counter) {
    return EXCLUDE_ENCLOSED_EXPR.apply(expression) instanceof NameExpr name
        && name.getNameAsString().equals(counter);
  }

  /** An integer literal's value, also negated ({@code -1}); empty for anything else. */
  private static OptionalLong literal(Expression expression) {
    Expression value = EXCLUDE_ENCLOSED_EXPR.apply(expression);
    try {
      if (value instanceof IntegerLiteralExpr integer) {
        return OptionalLong.of(integer.asNumber().longValue());
      }
      if (value instanceof LongLiteralExpr longLiteral) {
        return OptionalLong.of(longLiteral.asNumber().longValue());
      }
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    if (value instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS) {
      return negate(literal(unary.getExpression()));
    }
    return OptionalLong.empty();
  }

  private static OptionalLong negate(OptionalLong value) {
    return value.isPresent() ? OptionalLong.of(-value.getAsLong()) : value;
  }

}
