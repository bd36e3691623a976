package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.google.common.collect.Iterables;
import dev.leakproof.checks.model.CatchAll;
import dev.leakproof.checks.model.threadlocal.CleanupCoverage;
import dev.leakproof.checks.model.threadlocal.CleanupCoverage.Level;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Describes the levels between a statement and its method for {@link CleanupCoverage}, which
 * decides whether a cleaning {@code try} covers it on every path.
 */
public final class FinallyCoverage {
  private FinallyCoverage() {}

  /**
   * Whether {@code node} is covered by a {@code try} that cleans on every exit (a {@code finally},
   * or a catch-all and the statement after the {@code try}) by code satisfying {@code cleans},
   * looking no further out than {@code scope} (the method or lambda).
   */
  public static boolean covered(Node node, Node scope, Predicate<Node> cleans) {
    List<Level> levels = new ArrayList<>();
    Node child = node;
    for (Node at = parent(node); at != null && child != scope; child = at, at = parent(at)) {
      if (at instanceof TryStmt tryStmt) {
        levels.add(child == tryStmt.getTryBlock()
            ? new CleanupCoverage.InTryBlock(shape(tryStmt, cleans))
            : new CleanupCoverage.InTryHandler());
      } else if (at instanceof BlockStmt block) {
        if (indexOf(block.getStatements(), child) >= 0) {
          Statement next = following(block.getStatements(), child);
          levels.add(new CleanupCoverage.InBlock(
              next instanceof TryStmt nextTry ? shape(nextTry, cleans) : null, next == null));
        }
      } else if (at instanceof Statement && !(at instanceof IfStmt || at instanceof LabeledStmt
          || at instanceof ExpressionStmt)) {
        levels.add(new CleanupCoverage.Other());
      }
    }
    return CleanupCoverage.covered(levels);
  }

  private static CleanupCoverage.Try shape(TryStmt tryStmt, Predicate<Node> cleans) {
    NodeList<CatchClause> catches = tryStmt.getCatchClauses();
    Statement next = tryStmt.getParentNode().orElse(null) instanceof BlockStmt block
        ? following(block.getStatements(), tryStmt) : null;
    return new CleanupCoverage.Try(
        tryStmt.getFinallyBlock().filter(cleans).isPresent(),
        catches.stream().anyMatch(FinallyCoverage::catchesEverything),
        !catches.isEmpty() && catches.stream().allMatch(c -> cleans.test(c.getBody())),
        jumps(tryStmt.getTryBlock()),
        next != null && cleans.test(next));
  }

  /** The caught type qualified through the file's imports, never as spelled. */
  private static boolean catchesEverything(CatchClause clause) {
    return clause.findCompilationUnit()
        .flatMap(unit -> TypeNames.qualify(clause.getParameter().getType(), unit,
            CatchAll::catchesEverything))
        .isPresent();
  }

  /** The statement right after {@code child} in {@code statements}, or null. */
  private static Statement following(NodeList<Statement> statements, Node child) {
    int index = indexOf(statements, child);
    return index >= 0 && index + 1 < statements.size() ? statements.get(index + 1) : null;
  }

  /** Whether {@code block} holds a statement that may leave it other than by falling through. */
  private static boolean jumps(BlockStmt block) {
    return !Trees.findAll(block, ReturnStmt.class).isEmpty()
        || !Trees.findAll(block, BreakStmt.class).isEmpty()
        || !Trees.findAll(block, ContinueStmt.class).isEmpty()
        || !Trees.findAll(block, YieldStmt.class).isEmpty();
  }

  private static int indexOf(NodeList<Statement> statements, Node child) {
    return Iterables.indexOf(statements, statement -> statement == child);
  }

  private static Node parent(Node node) {
    return node.getParentNode().orElse(null);
  }
}
