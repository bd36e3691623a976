package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises, on JavaParser's AST, the expressions that open an OS resource ({@link
 * ResourceApis}). Names are filtered syntactically first; only candidates are resolved (the
 * caller has attached the symbol solver). Anything the solver cannot resolve acquires nothing.
 */
public final class Acquisitions {
  private Acquisitions() {}

  /** Whether {@code expression} may acquire, judged by names alone (no resolution). */
  public static boolean isCandidate(Expression expression) {
    Expression e = unwrap(expression);
    if (e instanceof ObjectCreationExpr creation) {
      return creation.getAnonymousClassBody().isEmpty()
          && ResourceApis.knownTypeSimpleNames().contains(creation.getType().getNameAsString());
    }
    return e instanceof MethodCallExpr call
        && ResourceApis.factoryMethodNames().contains(call.getNameAsString());
  }

  /** Whether evaluating {@code expression} yields a newly opened resource. */
  public static boolean acquires(Expression expression) {
    if (!isCandidate(expression)) {
      return false;
    }
    Expression e = unwrap(expression);
    try {
      if (e instanceof ObjectCreationExpr creation) {
        ResolvedConstructorDeclaration constructor = creation.resolve();
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < constructor.getNumberOfParams(); i++) {
          parameters.add(erasedName(constructor.getParam(i).getType()));
        }
        ConstructorKind kind = ResourceApis.constructor(
            constructor.declaringType().getQualifiedName(), parameters);
        return kind == ConstructorKind.OPENS
            || (kind == ConstructorKind.WRAPS && creation.getArguments().isNonEmpty()
                && acquires(creation.getArgument(0)));
      }
      MethodCallExpr call = (MethodCallExpr) e;
      ResolvedMethodDeclaration method = call.resolve();
      String owner = method.declaringType().getQualifiedName();
      String name = call.getNameAsString();
      if (ResourceApis.wrapsViaFactory(owner, name)) {
        return call.getArguments().isNonEmpty() && acquires(call.getArgument(0));
      }
      if (ResourceApis.acquires(owner, name)) {
        return true;
      }
      // An implementation's override (HikariDataSource.getConnection) acquires like its interface.
      for (var ancestor : method.declaringType().getAllAncestors()) {
        if (ResourceApis.acquires(ancestor.getQualifiedName(), name)) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false; // the solver cannot tell: stay silent
    }
  }

  /** Whether {@code expression} is the wrapped first argument of an acquiring wrapper. */
  public static boolean isWrappedByParent(Expression expression) {
    Node child = expression;
    Optional<Node> parent = expression.getParentNode();
    while (parent.isPresent() && parent.get() instanceof EnclosedExpr) {
      child = parent.get();
      parent = parent.get().getParentNode();
    }
    if (parent.isEmpty()) {
      return false;
    }
    List<Expression> arguments =
        parent.get() instanceof ObjectCreationExpr c ? c.getArguments()
            : parent.get() instanceof MethodCallExpr m && m.getScope().orElse(null) != child
                ? m.getArguments() : List.of();
    return !arguments.isEmpty() && arguments.get(0) == child && acquires((Expression) parent.get());
  }

  /**
   * The expression that carries the resource acquired by {@code site}: the site, or the last
   * intermediate operation of a {@code java.util.stream} pipeline built on it.
   */
  public static Expression carrier(Expression site) {
    Expression current = site;
    while (true) {
      Node up = current;
      while (up.getParentNode().orElse(null) instanceof EnclosedExpr enclosed) {
        up = enclosed;
      }
      Optional<Node> parent = up.getParentNode();
      if (parent.isEmpty() || !(parent.get() instanceof MethodCallExpr call)
          || call.getScope().orElse(null) != up || !isStreamOperation(call)) {
        return current;
      }
      current = call;
    }
  }

  private static boolean isStreamOperation(MethodCallExpr call) {
    try {
      ResolvedMethodDeclaration method = call.resolve();
      if (!method.declaringType().getQualifiedName().startsWith("java.util.stream.")) {
        return false;
      }
      ResolvedType returned = method.getReturnType();
      return returned.isReferenceType() && returned.asReferenceType().getAllAncestors().stream()
          .anyMatch(a -> a.getQualifiedName().equals("java.util.stream.BaseStream"))
          || returned.isReferenceType()
              && returned.asReferenceType().getQualifiedName().equals("java.util.stream.BaseStream");
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }

  /** Whether a call's result may be the resource itself or another closeable (fluent APIs). */
  public static boolean returnsCloseable(MethodCallExpr call) {
    try {
      ResolvedType returned = call.resolve().getReturnType();
      if (!returned.isReferenceType()) {
        return false; // void, primitives: certainly not the resource
      }
      var reference = returned.asReferenceType();
      return reference.getQualifiedName().equals("java.lang.AutoCloseable")
          || reference.getAllAncestors().stream()
              .anyMatch(a -> a.getQualifiedName().equals("java.lang.AutoCloseable"));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return true; // cannot tell: assume it may hand the resource back
    }
  }

  static Expression unwrap(Expression expression) {
    Expression e = expression;
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
    }
    return e;
  }

  private static String erasedName(ResolvedType type) {
    if (type.isArray()) {
      return erasedName(type.asArrayType().getComponentType()) + "[]";
    }
    if (type.isPrimitive()) {
      return type.asPrimitive().describe();
    }
    if (type.isReferenceType()) {
      return type.asReferenceType().getQualifiedName();
    }
    return "java.lang.Object"; // a type variable: erased to its bound, which we do not need
  }
}
