package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import dev.leakproof.checks.model.listener.Listener;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a listener expression holds the object whose code registers it, from the file's
 * syntax alone: {@code this} ({@code Outer.this}); a new anonymous class, or a new instance of
 * an inner (non-static) or local class of this file, created in instance code; a lambda whose
 * body uses {@code this}, an instance field or an instance method of the enclosing classes; a
 * method reference {@code this::m}/{@code super::m}; or a local variable or field of this
 * object every value of which is one of those. What the file does not show (inherited members,
 * classes from elsewhere) counts as holding nothing: precision first.
 */
public final class RetainsRegisteringObject {
  private RetainsRegisteringObject() {}

  /** What {@code listener} is, when it holds the registering object; empty when it does not. */
  public static Optional<Listener> of(Expression listener) {
    return retains(listener, 0);
  }

  private static Optional<Listener> retains(Expression expression, int depth) {
    Expression e = Trees.stripped(expression);
    if (e instanceof ThisExpr) {
      return Optional.of(Listener.THIS);
    }
    if (e instanceof ObjectCreationExpr creation) {
      return createsWithThisOuter(creation) ? Optional.of(Listener.NEW_INNER_OBJECT) : Optional.empty();
    }
    if (e instanceof LambdaExpr lambda) {
      return InstanceContext.of(lambda) && usesThis(lambda.getBody())
          ? Optional.of(Listener.LAMBDA) : Optional.empty();
    }
    if (e instanceof MethodReferenceExpr reference) {
      return reference.getScope() instanceof ThisExpr || reference.getScope() instanceof SuperExpr
          ? Optional.of(Listener.METHOD_REFERENCE) : Optional.empty();
    }
    if (depth < Listener.MAX_HOLDER_DEPTH
        && (e instanceof NameExpr || e instanceof FieldAccessExpr)) {
      Optional<Declaration> declaration = VariableLookup.of(e);
      if (declaration.isEmpty() || declaration.get().node().isEmpty()) {
        return Optional.empty();
      }
      return Listener.ofValues(valuesOf(declaration.get(), e),
          v -> retains(v, depth + 1).isPresent());
    }
    return Optional.empty();
  }

  /**
   * An anonymous class, or a local or inner class of this file, instantiated in instance code
   * without an explicit outer ({@code other.new Inner()} holds {@code other}).
   */
  private static boolean createsWithThisOuter(ObjectCreationExpr creation) {
    if (creation.getScope().isPresent()) {
      return Trees.stripped(creation.getScope().get()) instanceof ThisExpr;
    }
    if (!InstanceContext.of(creation)) {
      return false;
    }
    if (creation.getAnonymousClassBody().isPresent()) {
      return true;
    }
    String name = creation.getType().getNameAsString();
    Optional<ClassOrInterfaceDeclaration> declared = creation.findCompilationUnit()
        .flatMap(unit -> Trees.findFirst(unit, ClassOrInterfaceDeclaration.class,
            c -> c.getNameAsString().equals(name)));
    return declared.filter(c -> !c.isInterface() && !c.isStatic()
        && (c.getParentNode().orElse(null) instanceof TypeDeclaration<?>
            || c.getParentNode().orElse(null) instanceof LocalClassDeclarationStmt)).isPresent();
  }

  /** Whether a lambda body (not counting classes declared in it) needs the enclosing {@code this}. */
  private static boolean usesThis(Node body) {
    if (body instanceof ThisExpr || body instanceof SuperExpr) {
      return true;
    }
    if (body instanceof ObjectCreationExpr creation) {
      if (createsWithThisOuter(creation)) {
        return true;
      }
      // Its arguments run in the lambda; its anonymous body's names are its own members.
      return creation.getArguments().stream().anyMatch(RetainsRegisteringObject::usesThis)
          || creation.getScope().map(RetainsRegisteringObject::usesThis).orElse(false);
    }
    if (body instanceof LocalClassDeclarationStmt) {
      return false;
    }
    if (body instanceof NameExpr name && isInstanceField(name)) {
      return true;
    }
    if (body instanceof MethodCallExpr call && call.getScope().isEmpty()
        && isInstanceMethodOfEnclosingClass(call)) {
      return true;
    }
    for (Node child : body.getChildNodes()) {
      if (usesThis(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInstanceField(NameExpr name) {
    Optional<Declaration> declaration = VariableLookup.of(name);
    return declaration.isPresent() && declaration.get().kind() == Declaration.Kind.FIELD
        && declaration.get().node()
            .flatMap(Node::getParentNode)
            .filter(p -> p instanceof FieldDeclaration f && !f.isStatic())
            .isPresent();
  }

  /**
   * An unqualified call of an instance method declared (with that name) in a class enclosing
   * the call, and no static method of that name there: {@code refresh()} meaning
   * {@code this.refresh()}.
   */
  private static boolean isInstanceMethodOfEnclosingClass(MethodCallExpr call) {
    String name = call.getNameAsString();
    for (Node n = call.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      List<BodyDeclaration<?>> members = n instanceof TypeDeclaration<?> type ? type.getMembers()
          : n instanceof ObjectCreationExpr anonymous && anonymous.getAnonymousClassBody().isPresent()
              ? anonymous.getAnonymousClassBody().get() : null;
      if (members == null) {
        continue;
      }
      List<MethodDeclaration> named = new ArrayList<>();
      for (BodyDeclaration<?> member : members) {
        if (member instanceof MethodDeclaration method && method.getNameAsString().equals(name)) {
          named.add(method);
        }
      }
      if (!named.isEmpty()) {
        return named.stream().noneMatch(MethodDeclaration::isStatic);
      }
    }
    return false;
  }

  /**
   * The initializer and every assigned value of the variable {@code declaration}, within the
   * method (a local) or class (a field of this object) that declares it; empty for static
   * fields and parameters, whose values the file does not show.
   */
  private static List<Expression> valuesOf(Declaration declaration, Expression use) {
    List<Expression> values = new ArrayList<>();
    if (!(declaration.node().get() instanceof VariableDeclarator variable)) {
      return values; // a parameter
    }
    Node scope;
    if (declaration.kind() == Declaration.Kind.FIELD) {
      if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration field)
          || field.isStatic()) {
        return values;
      }
      scope = field.getParentNode().orElse(null);
    } else {
      scope = use.findAncestor(CallableDeclaration.class).map(c -> (Node) c)
          .or(() -> use.findAncestor(BodyDeclaration.class)).orElse(null);
    }
    if (scope == null) {
      return values;
    }
    variable.getInitializer().ifPresent(values::add);
    for (AssignExpr assign : Trees.findAll(scope, AssignExpr.class)) {
      Optional<Declaration> target = VariableLookup.of(assign.getTarget());
      if (target.isPresent() && target.get().node().filter(n -> n == variable).isPresent()) {
        values.add(assign.getValue());
      }
    }
    return values;
  }
}
