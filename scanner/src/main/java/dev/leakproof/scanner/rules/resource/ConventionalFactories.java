package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.ResourceFactories;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.engine.Trees;
import java.util.List;
import java.util.Optional;

/**
 * Calls into code the scanner cannot read that say they create a resource ({@link
 * ResourceFactories#acquiresByConvention}): {@code InputStream in = IO.openFileEx(name)} in a
 * file scanned without its project, {@code stream = part.createInputStream()} on an interface.
 * The name and the local's declared type are checked first, by spelling; only such calls are
 * resolved. A call that resolves to a body in the scanned sources, of this file or another, is a
 * factory only when that body says so ({@link LocalFactories#isFactory}, read with this file's
 * symbol solver); one into the JDK is left to the tables, which
 * list every JDK factory.
 */
public final class ConventionalFactories {
  private ConventionalFactories() {}

  /**
   * Whether {@code call} may acquire by convention, by spelling alone: a creating name, and the
   * value of a local declared with a JDK resource type's simple name.
   */
  public static boolean mayAcquire(MethodCallExpr call) {
    return ResourceFactories.namesAFactory(call.getNameAsString())
        && declaredTypeOfLocal(call).map(t -> ResourceApis.isOwnedResultSimpleName(
            t.getNameAsString())).orElse(false);
  }

  /** Whether {@code call}, which {@link #mayAcquire}, acquires. */
  public static boolean acquires(MethodCallExpr call) {
    String name = call.getNameAsString();
    ResolvedMethodDeclaration callee;
    try {
      callee = call.resolve();
    } catch (RuntimeException | StackOverflowError unresolved) {
      // Nothing to read: the local's declared type, as the imports qualify it, tells.
      if (receiverIsJdkClass(call)) {
        return false; // Channels.newInputStream(channel) on an unresolved channel: the tables'
      }
      return declaredTypeOfLocal(call).flatMap(ConventionalFactories::qualified)
          .map(type -> ResourceFactories.acquiresByConvention(name, type)).orElse(false);
    }
    String owner = callee.declaringType().getQualifiedName();
    if (owner.startsWith("java.") || owner.startsWith("javax.")) {
      return false; // the tables know the JDK's factories
    }
    Optional<MethodDeclaration> body = Bodies.of(callee)
        .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
        .filter(m -> m.getBody().isPresent());
    if (body.isPresent()) {
      CalleeSummaries.withSolverOf(call, body.get()); // another file's body: resolve in it too
      return LocalFactories.isFactory(body.get());
    }
    ResolvedType result = callee.getReturnType();
    return result.isReferenceType() && ResourceFactories.acquiresByConvention(name,
        result.asReferenceType().getQualifiedName());
  }

  /**
   * The qualified name of a declared type, as javac would find it without the class path: written
   * with its package, imported by name, or a JDK resource type of a package imported whole
   * ({@code import java.io.*;}). Empty for a type of the file's own package.
   */
  private static Optional<String> qualified(ClassOrInterfaceType type) {
    Optional<String> named = Acquisitions.importedName(type);
    if (named.isPresent()) {
      return named;
    }
    String simple = type.getNameAsString();
    return type.findCompilationUnit().flatMap(unit -> unit.getImports().stream()
        .filter(i -> i.isAsterisk() && !i.isStatic())
        .map(i -> i.getNameAsString() + "." + simple)
        .filter(ResourceApis::isOwnedResultType)
        .findFirst());
  }

  /** Whether the call is made on a class of the JDK as the imports name it. */
  private static boolean receiverIsJdkClass(MethodCallExpr call) {
    List<String> owners = Acquisitions.importedClasses(call);
    return owners.stream().anyMatch(o -> o.startsWith("java.") || o.startsWith("javax."));
  }

  /**
   * The type, as written, of the local whose value {@code call} is: {@code T x = call;} or
   * {@code x = call;} with {@code x} declared once in the enclosing body.
   */
  static Optional<ClassOrInterfaceType> declaredTypeOfLocal(MethodCallExpr call) {
    Node child = Trees.wrapped(call);
    Node parent = child.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator declarator) {
      return declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr
          && declarator.getType() instanceof ClassOrInterfaceType type
          ? Optional.of(type) : Optional.empty();
    }
    Optional<String> assigned = SelfClosedLocals.localAssigned(child, parent);
    if (assigned.isEmpty()) {
      return Optional.empty();
    }
    Optional<BlockStmt> body = EnclosingBody.of(call);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    List<VariableDeclarator> declarations = Trees.findAll(body.get(), VariableDeclarator.class,
        v -> v.getNameAsString().equals(assigned.get())
            && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr);
    return declarations.size() == 1 && declarations.get(0).getType() instanceof ClassOrInterfaceType t
        ? Optional.of(t) : Optional.empty();
  }
}
