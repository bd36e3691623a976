package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.leakproof.checks.model.resource.SourceSyntax.FlagStore;

/**
 * The {@code boolean} a name means, when the path walk may follow it as a flag ({@link FlagStore}),
 * read from the tree without the symbol solver: a local declared in an enclosing block of the same
 * body, or a {@code final} field of the class whose method or constructor this is, which keeps its
 * value through a method (its one store in a constructor is a store like a local's). Java forbids a
 * local to shadow another local of the body, so the nearest declaration before the mention, in a
 * block around it, is the one it means. The search ends at the edge of a method, initializer,
 * field or class and of a lambda; a name a parameter or a {@code for} header may declare is no
 * flag.
 */
final class BooleanFlags {
  private BooleanFlags() {}

  /**
   * The flag {@code expression} names: a local's name, or {@code this.} and a final field's name;
   * null when it names no {@code boolean} the walk may follow.
   */
  static String flagOf(Expression expression) {
    if (expression instanceof NameExpr name) {
      VariableDeclarator local = localDeclaration(name);
      if (local != null) {
        return isBoolean(local.getType()) ? name.getNameAsString() : null;
      }
      return notAParameter(name) ? finalField(name, name.getNameAsString()) : null;
    }
    if (expression instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self
        && self.getTypeName().isEmpty()) {
      return finalField(access, access.getNameAsString());
    }
    return null;
  }

  /** Whether {@code type} is {@code boolean}. */
  static boolean isBoolean(Type type) {
    return type instanceof PrimitiveType primitive
        && primitive.getType() == PrimitiveType.Primitive.BOOLEAN;
  }

  /** The declaration of the local {@code name} means, in a block around it; null if none. */
  private static VariableDeclarator localDeclaration(NameExpr name) {
    String wanted = name.getNameAsString();
    Node child = name;
    for (Node up = name.getParentNode().orElse(null); up != null;
        child = up, up = up.getParentNode().orElse(null)) {
      if (up instanceof BodyDeclaration<?> || up instanceof LambdaExpr) {
        return null; // a method's, a field's or a class's edge: no block of the body is further out
      }
      if (up instanceof BlockStmt block) {
        for (Statement statement : block.getStatements()) {
          if (statement == child) {
            break;
          }
          VariableDeclarator declared = declarator(statement, wanted);
          if (declared != null) {
            return declared;
          }
        }
      }
    }
    return null;
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

  /**
   * Whether no parameter can take {@code name}'s name where it is: the nearest method or
   * constructor declares none by that name, and no lambda, {@code for} header or {@code catch} is
   * in between.
   */
  private static boolean notAParameter(NameExpr name) {
    for (Node up = name.getParentNode().orElse(null); up != null;
        up = up.getParentNode().orElse(null)) {
      if (up instanceof LambdaExpr || up instanceof ForStmt || up instanceof ForEachStmt) {
        return false; // may declare a boolean of that name (a resource or exception is none)
      }
      if (up instanceof CallableDeclaration<?> callable) {
        return callable.getParameters().stream()
            .noneMatch(p -> p.getNameAsString().equals(name.getNameAsString()));
      }
      if (up instanceof BodyDeclaration<?>) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code this.} and {@code name}, when the class whose method or constructor holds {@code at}
   * declares {@code final boolean name}; else null.
   */
  private static String finalField(Node at, String name) {
    for (Node up = at.getParentNode().orElse(null); up != null;
        up = up.getParentNode().orElse(null)) {
      if (up instanceof CallableDeclaration<?> callable) {
        if (!(callable.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) {
          return null; // an anonymous class's: its own fields are not read here
        }
        for (FieldDeclaration field : type.getFields()) {
          if (field.isFinal()) {
            for (VariableDeclarator declarator : field.getVariables()) {
              if (declarator.getNameAsString().equals(name)) {
                return isBoolean(declarator.getType()) ? "this." + name : null;
              }
            }
          }
        }
        return null;
      }
      if (up instanceof BodyDeclaration<?> || up instanceof LambdaExpr) {
        return null;
      }
    }
    return null;
  }
}
