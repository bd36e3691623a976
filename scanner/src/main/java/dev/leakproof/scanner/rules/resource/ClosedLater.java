package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the method closes a local after a given point, on the path that runs through it
 * ({@link dev.leakproof.checks.model.resource.UnlistedValues#ownsUnlistedValue}, {@link
 * UnclosedResourceModel#argumentHandsOver}): a later statement of a block around the point, or
 * the {@code finally} of a {@code try} whose block holds it, closes the local ({@code close()}, a
 * quiet-close helper, {@code try (name)}) outside a {@code catch}. A close on a branch the point
 * is not on ({@code if (bad) s.close(); else handOver(s);}) does not count.
 */
public final class ClosedLater {
  private ClosedLater() {}

  /** Whether the local {@code name} is closed after {@code point}, within {@code body}. */
  public static boolean after(Node point, String name, Node body) {
    for (Node n = point; n != body && n != null; n = n.getParentNode().orElse(null)) {
      Node parent = n.getParentNode().orElse(null);
      if (parent instanceof LambdaExpr) {
        return false;
      }
      if (parent instanceof BlockStmt block && n instanceof Statement statement) {
        int index = block.getStatements().indexOf(statement);
        for (int i = index + 1; i >= 1 && i < block.getStatements().size(); i++) {
          if (closes(block.getStatement(i), name)) {
            return true;
          }
        }
      }
      if (parent instanceof TryStmt tryStmt && tryStmt.getTryBlock() == n
          && tryStmt.getFinallyBlock().map(f -> closes(f, name)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code node} closes the local {@code name} somewhere outside a {@code catch}. */
  private static boolean closes(Node node, String name) {
    boolean call = !node.findAll(MethodCallExpr.class, c -> isCloseOf(c, name)
        && c.findAncestor(CatchClause.class).filter(node::isAncestorOf).isEmpty()).isEmpty();
    return call || !node.findAll(TryStmt.class, t -> t.getResources().stream()
        .anyMatch(r -> r instanceof NameExpr n && n.getNameAsString().equals(name))).isEmpty();
  }

  private static boolean isCloseOf(MethodCallExpr call, String name) {
    return closedNames(call).contains(name);
  }

  /** The locals a call releases: {@code x.close()}, {@code closeQuietly(x)}, {@code cleanup(log, x, y)}. */
  static List<String> closedNames(MethodCallExpr call) {
    if (ReleaseCalls.releasesReceiver(call) && call.getArguments().isEmpty()
        && call.getScope().map(Trees::stripped).orElse(null) instanceof NameExpr name) {
      return List.of(name.getNameAsString());
    }
    if (!ClosingHelpers.closesArguments(call)
        || ClosingHelpers.takesOnlyItsResource(call) && call.getArguments().size() != 1) {
      return List.of(); // closeQuietly(x, "name", errors): only x is closed, not the others
    }
    List<String> names = new ArrayList<>();
    for (Expression argument : call.getArguments()) {
      if (Trees.stripped(argument) instanceof NameExpr name) {
        names.add(name.getNameAsString());
      }
    }
    return names;
  }
}
