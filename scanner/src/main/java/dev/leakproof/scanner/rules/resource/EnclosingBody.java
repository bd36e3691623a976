package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
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

  /**
   * The body a local's walk runs over, {@code parent} storing the value into the local {@code
   * name} ({@code T name = ..} or {@code name = ..}): the enclosing body, unless it declares that
   * name more than once (two blocks each with their own {@code in}); then the block that
   * declares the one {@code parent} stores into, found by Java's scoping ({@link VariableLookup}),
   * so the name means one variable in what the walk reads. Empty where {@link #of} is; the whole
   * body when that declaration is not a statement of a block (a {@code for} header).
   */
  public static Optional<BlockStmt> ofLocal(Node node, Node parent, String name) {
    Optional<BlockStmt> body = of(node);
    if (body.isEmpty() || Trees.findAll(body.get(), VariableDeclarator.class,
        v -> v.getNameAsString().equals(name)).size() < 2) {
      return body;
    }
    Node declarator = parent instanceof AssignExpr assign
        ? VariableLookup.of(assign.getTarget()).flatMap(Declaration::node).orElse(null)
        : parent;
    if (declarator instanceof VariableDeclarator
        && declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
        && declaration.getParentNode().orElse(null) instanceof ExpressionStmt statement
        && statement.getParentNode().orElse(null) instanceof BlockStmt scope
        && body.get().isAncestorOf(scope)) {
      return Optional.of(scope);
    }
    return body;
  }
}
