package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.Optional;

/** The body a resource's path walk runs over: the method, constructor, lambda or initializer. */
public final class EnclosingBody {
  private EnclosingBody() {}

  /**
   * The body of the method, constructor, block lambda or initializer around {@code node}; empty
   * when a class body or an expression lambda comes first.
   */
  public static Optional<BlockStmt> of(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      Node parent = n.getParentNode().orElse(null);
      if (n instanceof BlockStmt block && (parent instanceof MethodDeclaration
          || parent instanceof ConstructorDeclaration || parent instanceof LambdaExpr
          || parent instanceof InitializerDeclaration)) {
        return Optional.of(block);
      }
      if (n instanceof TypeDeclaration<?> || n instanceof LambdaExpr
          || n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
              && o != node) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
