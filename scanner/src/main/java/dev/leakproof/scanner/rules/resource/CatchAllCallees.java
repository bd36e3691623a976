package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import dev.leakproof.checks.model.CatchAll;
import dev.leakproof.checks.model.resource.CatchAllBodies;
import dev.leakproof.checks.model.resource.CatchAllBodies.Part;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.rules.syntax.TypeNames;
import java.util.List;

/**
 * Whether a callee in the scanned sources cannot throw ({@link CatchAllBodies}): its body's
 * statements, read one by one. Error Prone's {@code CatchAllCallees} reads javac's trees the same
 * way, SpotBugs' reads the bytecode's exception table.
 */
final class CatchAllCallees {
  private CatchAllCallees() {}

  /** Whether {@code callee}'s body, when the scanned sources hold it, cannot throw. */
  static boolean cannotThrow(ResolvedMethodLikeDeclaration callee) {
    return Bodies.of(callee).filter(MethodDeclaration.class::isInstance)
        .flatMap(node -> ((MethodDeclaration) node).getBody())
        .map(body -> CatchAllBodies.cannotThrow(
            body.getStatements().stream().map(CatchAllCallees::part).toList()))
        .orElse(false);
  }

  private static Part part(Statement statement) {
    if (statement instanceof TryStmt attempt && attempt.getResources().isEmpty()
        && attempt.getFinallyBlock().isEmpty()
        && attempt.getCatchClauses().stream().anyMatch(CatchAllCallees::catchesExpected)
        && attempt.getCatchClauses().stream().allMatch(clause -> harmless(clause.getBody()))) {
      return Part.GUARDED;
    }
    return harmless(statement) ? Part.HARMLESS : Part.MAY_THROW;
  }

  /**
   * The caught type qualified through the file's imports ({@link TypeNames}), never as spelled: a
   * project class named {@code Exception} is not {@code java.lang.Exception}.
   */
  private static boolean catchesExpected(CatchClause clause) {
    return clause.findCompilationUnit()
        .flatMap(unit -> TypeNames.qualify(clause.getParameter().getType(), unit,
            CatchAll::catchesExpected))
        .isPresent();
  }

  /** {@code return;}, {@code return false;}, {@code return name;}, an empty statement or block. */
  private static boolean harmless(Statement statement) {
    if (statement instanceof BlockStmt block) {
      List<Statement> inner = block.getStatements();
      return inner.stream().allMatch(CatchAllCallees::harmless);
    }
    return statement instanceof EmptyStmt
        || statement instanceof ReturnStmt exit && exit.getExpression()
            .map(value -> value instanceof LiteralExpr || value instanceof NameExpr).orElse(true);
  }
}
