package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.function.Predicate;

/**
 * Whether a statement is followed, on every path, by a {@code finally} that does something: it
 * sits inside the {@code try} block of such a {@code try}, or such a {@code try} directly
 * follows it (nothing runs in between that could throw or return first).
 */
public final class FinallyCoverage {
  private FinallyCoverage() {}

  /**
   * Whether {@code node} is covered by a {@code finally} whose block satisfies {@code cleans},
   * looking no further out than {@code scope} (the method or lambda).
   */
  public static boolean covered(Node node, Node scope, Predicate<BlockStmt> cleans) {
    boolean nextRunsFirst = false; // something that could throw or return runs before any try
    Node child = node;
    for (Node at = parent(node); at != null && child != scope; child = at, at = parent(at)) {
      if (at instanceof TryStmt tryStmt) {
        if (child == tryStmt.getTryBlock() && tryStmt.getFinallyBlock().filter(cleans).isPresent()) {
          return true;
        }
        nextRunsFirst |= child != tryStmt.getTryBlock();
      } else if (at instanceof BlockStmt block) {
        if (nextRunsFirst) {
          continue;
        }
        NodeList<Statement> statements = block.getStatements();
        int index = indexOf(statements, child);
        if (index >= 0 && index + 1 < statements.size()) {
          if (statements.get(index + 1) instanceof TryStmt next
              && next.getFinallyBlock().filter(cleans).isPresent()) {
            return true;
          }
          nextRunsFirst = true;
        }
      } else if (at instanceof Statement && !(at instanceof IfStmt || at instanceof LabeledStmt
          || at instanceof ExpressionStmt)) {
        // A loop, switch or synchronized block: control does not simply fall through to what
        // follows, so only an enclosing try can still cover it.
        nextRunsFirst = true;
      }
    }
    return false;
  }

  private static int indexOf(NodeList<Statement> statements, Node child) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i) == child) {
        return i;
      }
    }
    return -1;
  }

  private static Node parent(Node node) {
    return node.getParentNode().orElse(null);
  }
}
