package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.leakproof.checks.model.Branches;
import dev.leakproof.checks.model.SourceTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * JavaParser's nodes as {@link SourceTree} sees them. A class member (an anonymous class's
 * method, a local class) is code that runs later, as a lambda is.
 */
public final class JavaParserTree implements SourceTree<Node> {
  public static final JavaParserTree INSTANCE = new JavaParserTree();

  private JavaParserTree() {}

  @Override
  public Shape<Node> shape(Node node) {
    if (node instanceof BlockStmt block) {
      return new Block<>(Collections.unmodifiableList(block.getStatements()));
    }
    if (node instanceof IfStmt branch) {
      return new If<>(branch.getThenStmt(), branch.getElseStmt().orElse(null));
    }
    if (node instanceof TryStmt tryStmt) {
      return new Try<>(tryStmt.getTryBlock(),
          tryStmt.getCatchClauses().stream().map(c -> (Node) c.getBody()).toList(),
          tryStmt.getFinallyBlock().orElse(null));
    }
    if (node instanceof ExpressionStmt) {
      return new ExpressionStatement<>();
    }
    if (node instanceof ThrowStmt) {
      return new Throw<>();
    }
    if (node instanceof CatchClause) {
      return new Catch<>();
    }
    return node instanceof LambdaExpr || node instanceof BodyDeclaration<?>
        ? new Deferred<>() : new Other<>();
  }

  @Override
  public List<Node> children(Node node) {
    return node.getChildNodes();
  }

  /** {@code node} and its ancestors, innermost first, up to {@code top} (included). */
  public static List<Node> upTo(Node node, Node top) {
    List<Node> nodes = new ArrayList<>();
    for (Node n = node; n != null; n = n == top ? null : n.getParentNode().orElse(null)) {
      nodes.add(n);
    }
    return nodes;
  }

  /** {@link Branches#mayFollow} with JavaParser's begin positions. */
  public static boolean mayFollow(Node first, Node later) {
    boolean startsAfter = first.getBegin().isPresent() && later.getBegin().isPresent()
        && later.getBegin().get().isAfter(first.getBegin().get());
    return Branches.mayFollow(INSTANCE, upTo(first, null), upTo(later, null), startsAfter);
  }
}
