package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.leakproof.checks.model.resource.SourceSyntax.FlagStore;

/**
 * Whether a name means a local {@code boolean} declared in an enclosing block of the same body, read
 * from the tree without the symbol solver: the flags the path walk may follow ({@link FlagStore}).
 * Java forbids a local to shadow another local of the body, so the nearest declaration before the
 * mention, in a block around it, is the one it means. The search ends at the edge of a method,
 * initializer, field or class (a local or anonymous class's field may take the name) and of a
 * lambda; a parameter or a {@code for} header's variable is not looked for (the name is then not
 * taken for a flag).
 */
final class BooleanLocals {
  private BooleanLocals() {}

  /** Whether {@code name} means a local {@code boolean} declared before it in a block around it. */
  static boolean isBooleanLocal(NameExpr name) {
    String wanted = name.getNameAsString();
    Node child = name;
    for (Node up = name.getParentNode().orElse(null); up != null;
        child = up, up = up.getParentNode().orElse(null)) {
      if (up instanceof BodyDeclaration<?> || up instanceof LambdaExpr) {
        return false; // a method's, a field's or a class's edge: no block of the body is further out
      }
      if (up instanceof BlockStmt block) {
        for (Statement statement : block.getStatements()) {
          if (statement == child) {
            break;
          }
          VariableDeclarator declared = declarator(statement, wanted);
          if (declared != null) {
            return declared.getType() instanceof PrimitiveType primitive
                && primitive.getType() == PrimitiveType.Primitive.BOOLEAN;
          }
        }
      }
    }
    return false;
  }

  private static VariableDeclarator declarator(Statement statement, String name) {
    if (statement instanceof ExpressionStmt expression
        && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
      for (VariableDeclarator declarator : declaration.getVariables()) {
        if (declarator.getNameAsString().equals(name)) {
          return declarator;
        }
      }
    }
    return null;
  }
}
