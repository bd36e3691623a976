package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.HashMap;
import java.util.Map;

/**
 * The classes a file declares that are resources of their own ({@link
 * UnclosedResourceModel#ownClassOpensResource}): they implement {@code Closeable} or {@code
 * AutoCloseable}, and their {@code close()} closes one of their fields ({@code logStream.close()}
 * in ZooKeeper's {@code FileTxnLog}). A {@code new} of one, in the same file, opens a resource.
 * Read from the file's declarations alone, remembered for the file last asked about.
 */
final class OwnCloseables {
  private OwnCloseables() {}

  private record Known(CompilationUnit unit, Map<String, ClassOrInterfaceDeclaration> classes) {}

  private static final ThreadLocal<Known> LAST = new ThreadLocal<>();

  /**
   * Whether {@code creation} builds a class its own file declares that implements {@code
   * Closeable} and whose {@code close()} closes a field: by names alone, no resolution.
   */
  static boolean mayCreate(ObjectCreationExpr creation) {
    return declaration(creation) != null;
  }

  /** Whether {@code creation} builds a resource class its own file declares. */
  static boolean creates(ObjectCreationExpr creation) {
    ClassOrInterfaceDeclaration type = declaration(creation);
    return type != null && UnclosedResourceModel.ownClassOpensResource(true, true,
        givenACloseable(type, creation.getArguments().size()));
  }

  private static ClassOrInterfaceDeclaration declaration(ObjectCreationExpr creation) {
    if (creation.getAnonymousClassBody().isPresent()) {
      return null;
    }
    CompilationUnit unit = creation.findCompilationUnit().orElse(null);
    if (unit == null) {
      return null;
    }
    Known known = LAST.get();
    if (known == null || known.unit() != unit) {
      known = new Known(unit, declaredIn(unit));
      LAST.set(known);
    }
    return known.classes().get(creation.getType().getNameAsString());
  }

  /** The file's classes that implement {@code Closeable} and whose {@code close()} closes a field. */
  private static Map<String, ClassOrInterfaceDeclaration> declaredIn(CompilationUnit unit) {
    Map<String, ClassOrInterfaceDeclaration> classes = new HashMap<>();
    for (ClassOrInterfaceDeclaration type : Trees.findAll(unit, ClassOrInterfaceDeclaration.class,
        t -> !t.isInterface() && !t.isAbstract())) {
      boolean closeable = type.getImplementedTypes().stream().anyMatch(t ->
          t.getNameAsString().equals("Closeable") || t.getNameAsString().equals("AutoCloseable"));
      if (closeable && closeReleasesAField(type)) {
        classes.put(type.getNameAsString(), type);
      }
    }
    return classes;
  }

  /**
   * Whether a constructor of {@code type} taking {@code arguments} arguments has a parameter that
   * is, or may be, {@code AutoCloseable}: resolved through the solver, a type it cannot resolve
   * counting as one (precision first).
   */
  private static boolean givenACloseable(ClassOrInterfaceDeclaration type, int arguments) {
    for (ConstructorDeclaration constructor : type.getConstructors()) {
      if (constructor.getParameters().size() != arguments) {
        continue;
      }
      for (Parameter parameter : constructor.getParameters()) {
        if (mayBeCloseable(parameter)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mayBeCloseable(Parameter parameter) {
    if (parameter.getType().isPrimitiveType()) {
      return false;
    }
    return Solver.ask(() -> {
      ResolvedType resolved = parameter.getType().resolve();
      return resolved.isReferenceType()
          && Solver.isOrExtends(resolved.asReferenceType(), "java.lang.AutoCloseable"::equals);
    }).orElse(true);
  }

  /** Whether the class's own {@code close()} closes one of its fields. */
  private static boolean closeReleasesAField(ClassOrInterfaceDeclaration type) {
    for (MethodDeclaration close : type.getMethodsBySignature("close")) {
      if (close.getBody().isEmpty()) {
        continue;
      }
      for (MethodCallExpr call : Trees.findAll(close.getBody().get(), MethodCallExpr.class)) {
        if (ReleaseCalls.releasesReceiver(call) && call.getScope().isPresent()
            && isField(call.getScope().get(), close, type)) {
          return true;
        }
        if (ClosingHelpers.closesArguments(call)
            && call.getArguments().stream().anyMatch(a -> isField(a, close, type))) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code this.f}, or a name that is a field of {@code type} and no local of {@code method}. */
  private static boolean isField(Expression expression, MethodDeclaration method,
      ClassOrInterfaceDeclaration type) {
    if (expression instanceof FieldAccessExpr access) {
      return access.getScope().isThisExpr();
    }
    if (!(expression instanceof NameExpr name)) {
      return false;
    }
    String field = name.getNameAsString();
    boolean local = !Trees.findAll(method, VariableDeclarator.class,
            v -> v.getNameAsString().equals(field)
                && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)).isEmpty()
        || !Trees.findAll(method, Parameter.class,
        p -> p.getNameAsString().equals(field)).isEmpty();
    return !local && type.getFieldByName(field).isPresent();
  }
}
