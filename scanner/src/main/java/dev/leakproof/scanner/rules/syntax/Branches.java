package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/** Which of two pieces of code of one method can run after the other, from the syntax. */
public final class Branches {
  private Branches() {}

  /**
   * Whether {@code later} can run after {@code first} without a loop: it starts after it in the
   * source, and the two are not in opposite branches of one {@code if}.
   */
  public static boolean mayFollow(Node first, Node later) {
    if (first.getBegin().isEmpty() || later.getBegin().isEmpty()
        || !later.getBegin().get().isAfter(first.getBegin().get())) {
      return false;
    }
    Set<Node> laterAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n = later; n != null; n = n.getParentNode().orElse(null)) {
      laterAncestors.add(n);
    }
    Node child = first;
    for (Node n = first.getParentNode().orElse(null); n != null;
        child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt branch && laterAncestors.contains(branch)) {
        Node side = child;
        Optional<Statement> other = side == branch.getThenStmt() ? branch.getElseStmt()
            : branch.getElseStmt().filter(e -> e == side).isPresent()
                ? Optional.of(branch.getThenStmt())
            : Optional.empty();
        return other.isEmpty() || !laterAncestors.contains(other.get());
      }
    }
    return true;
  }
}
