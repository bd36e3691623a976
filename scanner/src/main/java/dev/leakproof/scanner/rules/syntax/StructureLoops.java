package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.knowledge.StructureSources;
import dev.leakproof.checks.knowledge.StructureSources.Kind;
import dev.leakproof.checks.model.concat.ConcatModel;
import dev.leakproof.checks.model.concat.ConcatModel.LoopUse;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a loop runs once per element of a structure of code or schema
 * ({@link StructureSources}), read from JavaParser's tree: an enhanced {@code for} over a
 * source's array, a {@code for} whose test compares the counter with a source's count or array
 * length, a {@code while} stepping through a metadata result set ({@code while (keys.next())})
 * or testing {@code c.isArray()}. A local stands for a source when every value it is given is
 * that source or {@code null}. The same shapes as Error Prone's {@code StructureLoops}; the call
 * is resolved by the symbol solver (unresolved: no source, reported).
 */
public final class StructureLoops {
  private StructureLoops() {}

  /** Whether {@code loop} (a loop statement or a {@code forEach} lambda) iterates a structure. */
  public static boolean iteratesStructure(Node loop, SourceFile file) {
    if (loop instanceof ForEachStmt forEach) {
      return is(LoopUse.ELEMENTS, forEach.getIterable(), file);
    }
    if (loop instanceof ForStmt forLoop) {
      return forLoop.getCompare()
          .map(StructureLoops::unwrapped)
          .filter(test -> test instanceof BinaryExpr binary && isComparison(binary))
          .map(BinaryExpr.class::cast)
          .filter(test -> bounds(test.getLeft(), file) || bounds(test.getRight(), file))
          .isPresent();
    }
    if (loop instanceof WhileStmt whileLoop) {
      return tests(whileLoop.getCondition(), file);
    }
    if (loop instanceof DoStmt doLoop) {
      return tests(doLoop.getCondition(), file);
    }
    return false; // a forEach lambda: the elements of whatever it is called on
  }

  private static boolean isComparison(BinaryExpr test) {
    return switch (test.getOperator()) {
      case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, NOT_EQUALS -> true;
      default -> false;
    };
  }

  /** {@code types.length} or {@code meta.getColumnCount()}, one side of a counter's test. */
  private static boolean bounds(Expression side, SourceFile file) {
    Expression value = unwrapped(side);
    if (value instanceof FieldAccessExpr length && length.getNameAsString().equals("length")) {
      return is(LoopUse.LENGTH, length.getScope(), file); // only arrays are MEMBERS sources
    }
    return is(LoopUse.COMPARED, value, file);
  }

  /** {@code keys.next()} or {@code c.isArray()} as the loop's whole test. */
  private static boolean tests(Expression condition, SourceFile file) {
    if (!(unwrapped(condition) instanceof MethodCallExpr call) || !call.getArguments().isEmpty()) {
      return false;
    }
    if (call.getNameAsString().equals("next")) {
      return call.getScope().filter(rows -> is(LoopUse.NEXT_ROW, rows, file)).isPresent();
    }
    return is(LoopUse.TEST, call, file);
  }

  /** Whether {@code expression}, so used, makes the loop run once per element of a structure. */
  private static boolean is(LoopUse use, Expression expression, SourceFile file) {
    List<Expression> values = valuesOf(unwrapped(expression));
    return !values.isEmpty() && values.stream().allMatch(value -> value.isNullLiteralExpr()
        || kind(value, file).filter(kind -> ConcatModel.iteratesStructure(use, kind)).isPresent());
  }

  /**
   * The expression itself, or for a local variable every value given to it in its method (empty
   * when it is also changed otherwise: {@code +=}, {@code ++}, or it is a parameter).
   */
  private static List<Expression> valuesOf(Expression expression) {
    if (!(expression instanceof NameExpr name)) {
      return List.of(expression);
    }
    Optional<Declaration> declaration = VariableLookup.of(name);
    if (declaration.isEmpty() || declaration.get().kind() != Declaration.Kind.LOCAL
        || !(declaration.get().node().orElse(null) instanceof VariableDeclarator declarator)) {
      return List.of();
    }
    List<Expression> values = new ArrayList<>();
    declarator.getInitializer().map(StructureLoops::unwrapped).ifPresent(values::add);
    Node method = declarator.findAncestor(BodyDeclaration.class).map(Node.class::cast)
        .orElse(declarator);
    for (AssignExpr assign : Trees.findAll(method, AssignExpr.class,
        a -> sameLocal(a.getTarget(), declarator))) {
      if (assign.getOperator() != AssignExpr.Operator.ASSIGN) {
        return List.of();
      }
      values.add(unwrapped(assign.getValue()));
    }
    if (!Trees.findAll(method, UnaryExpr.class,
        u -> sameLocal(u.getExpression(), declarator)).isEmpty()) {
      return List.of();
    }
    return values;
  }

  private static boolean sameLocal(Expression expression, VariableDeclarator declarator) {
    return expression instanceof NameExpr name
        && name.getNameAsString().equals(declarator.getNameAsString())
        && VariableLookup.of(name).flatMap(Declaration::node)
            .filter(node -> node == declarator).isPresent();
  }

  /** What a call's result enumerates, asked of the declaring type and its supertypes. */
  private static Optional<Kind> kind(Expression value, SourceFile file) {
    if (!(value instanceof MethodCallExpr call)
        || !StructureSources.mayBeSource(call.getNameAsString())) {
      return Optional.empty();
    }
    String name = call.getNameAsString();
    file.resolution(); // attaches the symbol solver to the file's tree
    return Solver.askOptional(() -> {
      ResolvedMethodDeclaration method = call.resolve();
      String owner = method.declaringType().getQualifiedName();
      ResolvedType returned = method.getReturnType();
      if (returned.isArray() && returned.asArrayType().getComponentType().isReferenceType()
          && StructureSources.isEnumValues(method.isStatic(), name, method.getNumberOfParams(),
              owner, returned.asArrayType().getComponentType().asReferenceType()
                  .getQualifiedName())) {
        return Optional.of(Kind.MEMBERS);
      }
      Optional<Kind> own = StructureSources.of(owner, name);
      return own.isPresent() ? own : method.declaringType().getAllAncestors().stream()
          .map(ancestor -> StructureSources.of(ancestor.getQualifiedName(), name))
          .flatMap(Optional::stream)
          .findFirst();
    });
  }

  private static Expression unwrapped(Expression expression) {
    Expression at = expression;
    while (at.isEnclosedExpr()) {
      at = at.asEnclosedExpr().getInner();
    }
    return at;
  }
}
