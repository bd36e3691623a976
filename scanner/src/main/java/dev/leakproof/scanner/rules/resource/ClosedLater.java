package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.JavaParserTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the method closes a local after a given point, on the path that runs through it, as
 * {@link dev.leakproof.checks.model.resource.ClosedLater} decides on JavaParser's nodes; this
 * class only says which nodes close the local, by its name.
 */
public final class ClosedLater {
  private ClosedLater() {}

  /** Whether the local {@code name} is closed after {@code point}, within {@code body}. */
  public static boolean after(Node point, String name, Node body) {
    return dev.leakproof.checks.model.resource.ClosedLater.after(JavaParserTree.INSTANCE,
        JavaParserTree.upTo(point, body), node -> closes(node, name));
  }

  /** Whether {@code node} itself closes the local {@code name}: a close, {@code try (name)}. */
  private static boolean closes(Node node, String name) {
    if (node instanceof MethodCallExpr call) {
      return closedNames(call).contains(name);
    }
    return node instanceof TryStmt t && t.getResources().stream()
        .anyMatch(r -> r instanceof NameExpr n && n.getNameAsString().equals(name));
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
