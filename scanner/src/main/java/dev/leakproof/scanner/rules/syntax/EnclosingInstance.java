package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.leakproof.checks.model.outerinstance.Capture;
import dev.leakproof.scanner.engine.Trees;
import java.util.List;
import java.util.Optional;

/**
 * Whether an expression creates an object that holds the enclosing instance, from the file's
 * syntax: an instance of an inner class declared in this file, an anonymous class whose body
 * uses the enclosing instance, a lambda that uses {@code this} (explicitly or through an
 * instance field or method of an enclosing class), or {@code this::m}.
 *
 * <p>Answers only what the file shows: a class declared in another file, or a member inherited
 * from a supertype the file does not declare, counts as "does not hold" (precision first).
 */
public final class EnclosingInstance {
  private EnclosingInstance() {}

  /** What {@code expression} creates that holds the enclosing instance; empty when it holds none. */
  public static Optional<Capture> of(Expression expression) {
    Expression e = Trees.stripped(expression);
    if (!inInstanceContext(e)) {
      return Optional.empty(); // no enclosing instance to hold
    }
    if (e instanceof LambdaExpr lambda) {
      return usesEnclosingInstance(lambda.getBody(), lambda)
          ? Optional.of(Capture.LAMBDA) : Optional.empty();
    }
    if (e instanceof MethodReferenceExpr reference) {
      return reference.getScope() instanceof ThisExpr || reference.getScope() instanceof SuperExpr
          ? Optional.of(Capture.METHOD_REFERENCE) : Optional.empty();
    }
    if (e instanceof ObjectCreationExpr creation) {
      if (creation.getScope().isPresent()) {
        return Optional.empty(); // other.new Inner(): holds other, not this
      }
      if (creation.getAnonymousClassBody().isEmpty()) {
        return innerClass(creation.getType(), creation).map(inner -> Capture.INNER_OBJECT);
      }
      boolean uses = innerClass(creation.getType(), creation).isPresent()
          || creation.getAnonymousClassBody().get().stream()
              .anyMatch(member -> usesEnclosingInstance(member, creation));
      return uses ? Optional.of(Capture.ANONYMOUS_OBJECT) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The inner (non-static) class declared in this file that {@code type} names, if any. */
  public static Optional<ClassOrInterfaceDeclaration> innerClass(ClassOrInterfaceType type,
      Node use) {
    if (type.getScope().isPresent()) {
      return Optional.empty();
    }
    String name = type.getNameAsString();
    List<ClassOrInterfaceDeclaration> named = use.findCompilationUnit()
        .map(cu -> Trees.findAll(cu, ClassOrInterfaceDeclaration.class,
            c -> c.getNameAsString().equals(name)))
        .orElse(List.of());
    if (named.size() != 1) {
      return Optional.empty(); // not declared here, or ambiguous: stay silent
    }
    ClassOrInterfaceDeclaration declared = named.get(0);
    if (declared.isInterface() || declared.isStatic()) {
      return Optional.empty();
    }
    Node parent = declared.getParentNode().orElse(null);
    boolean member = parent instanceof ClassOrInterfaceDeclaration outer && !outer.isInterface();
    boolean local = parent instanceof LocalClassDeclarationStmt && inInstanceContext(parent);
    return member || local ? Optional.of(declared) : Optional.empty();
  }

  /** Whether {@code node} is in code that has a {@code this}: not static, not top level. */
  static boolean inInstanceContext(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof MethodDeclaration method) {
        return !method.isStatic();
      }
      if (n instanceof CallableDeclaration<?>) {
        return true; // a constructor
      }
      if (n instanceof InitializerDeclaration initializer) {
        return !initializer.isStatic();
      }
      if (n instanceof FieldDeclaration field) {
        return !field.isStatic() && !(field.getParentNode().orElse(null)
            instanceof ClassOrInterfaceDeclaration c && c.isInterface());
      }
      if (n instanceof TypeDeclaration<?>) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether code inside {@code root} (a lambda, or an anonymous class created by {@code root})
   * uses an instance of a class that encloses {@code root}.
   */
  private static boolean usesEnclosingInstance(Node code, Node root) {
    return Trees.findFirst(code, Node.class, n -> isUse(n, root)).isPresent();
  }

  private static boolean isUse(Node n, Node root) {
    if (n instanceof ThisExpr self) {
      return self.getTypeName().isPresent() || !inClassWithin(self, root);
    }
    if (n instanceof SuperExpr zuper) {
      return zuper.getTypeName().isPresent() || !inClassWithin(zuper, root);
    }
    if (n instanceof NameExpr name) {
      return isEnclosingInstanceField(name, root);
    }
    if (n instanceof MethodCallExpr call && call.getScope().isEmpty()) {
      return isEnclosingInstanceMethod(call, root);
    }
    if (n instanceof ObjectCreationExpr creation && creation.getScope().isEmpty()
        && creation.getAnonymousClassBody().isEmpty()) {
      return innerClass(creation.getType(), creation)
          .map(inner -> !isWithin(inner, root))
          .orElse(false);
    }
    return false;
  }

  /** Whether a class body (anonymous or declared) lies between {@code n} and {@code root}. */
  private static boolean inClassWithin(Node n, Node root) {
    for (Node p = n.getParentNode().orElse(null); p != null && p != root;
        p = p.getParentNode().orElse(null)) {
      if (p instanceof TypeDeclaration<?>) {
        return true;
      }
      if (p instanceof ObjectCreationExpr c && c.getAnonymousClassBody().isPresent()) {
        return true;
      }
    }
    return root instanceof ObjectCreationExpr;
  }

  private static boolean isWithin(Node n, Node root) {
    for (Node p = n; p != null; p = p.getParentNode().orElse(null)) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name that is an instance field of an enclosing class: not a local or parameter anywhere
   * on the way out, not a field of a class inside {@code root}.
   */
  private static boolean isEnclosingInstanceField(NameExpr name, Node root) {
    String id = name.getNameAsString();
    for (Node p = name.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
      if (declaresLocal(p, id)) {
        return false;
      }
      List<BodyDeclaration<?>> members = membersOf(p);
      if (members != null) {
        Optional<FieldDeclaration> field = fieldNamed(members, id);
        if (field.isPresent()) {
          return !isWithin(p, root) && !field.get().isStatic();
        }
      }
    }
    return false;
  }

  /** An unqualified call of an instance method that only an enclosing class declares. */
  private static boolean isEnclosingInstanceMethod(MethodCallExpr call, Node root) {
    String id = call.getNameAsString();
    for (Node p = call.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
      List<BodyDeclaration<?>> members = membersOf(p);
      if (members == null) {
        continue;
      }
      List<MethodDeclaration> methods = members.stream()
          .filter(m -> m instanceof MethodDeclaration md && md.getNameAsString().equals(id))
          .map(m -> (MethodDeclaration) m).toList();
      if (!methods.isEmpty()) {
        return !isWithin(p, root) && methods.stream().noneMatch(MethodDeclaration::isStatic);
      }
    }
    return false;
  }

  private static List<BodyDeclaration<?>> membersOf(Node n) {
    if (n instanceof TypeDeclaration<?> type) {
      return type.getMembers();
    }
    if (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
      return creation.getAnonymousClassBody().get();
    }
    return null;
  }

  private static Optional<FieldDeclaration> fieldNamed(List<BodyDeclaration<?>> members,
      String id) {
    for (BodyDeclaration<?> member : members) {
      if (member instanceof FieldDeclaration field) {
        for (VariableDeclarator variable : field.getVariables()) {
          if (variable.getNameAsString().equals(id)) {
            return Optional.of(field);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code scope} declares a local or parameter named {@code id} (anywhere in it: a
   * name that is a local somewhere in the method is treated as that local, which can only
   * make the rule quieter).
   */
  private static boolean declaresLocal(Node scope, String id) {
    if (scope instanceof LambdaExpr lambda) {
      return hasParameter(lambda.getParameters(), id);
    }
    if (scope instanceof CallableDeclaration<?> callable) {
      return hasParameter(callable.getParameters(), id)
          || Trees.findFirst(callable, VariableDeclarator.class,
              v -> v.getNameAsString().equals(id)
                  && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)).isPresent();
    }
    return false;
  }

  private static boolean hasParameter(List<Parameter> parameters, String id) {
    return parameters.stream().anyMatch(p -> p.getNameAsString().equals(id));
  }
}
