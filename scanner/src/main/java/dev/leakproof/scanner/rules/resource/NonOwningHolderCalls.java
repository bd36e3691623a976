package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.google.common.collect.Iterables;
import dev.leakproof.checks.knowledge.NonOwningHolders;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.List;

/**
 * Whether a {@code new} or a static call gives its argument to a library holder that keeps it
 * without owning it ({@link NonOwningHolders}: {@code new Git(repository)}, {@code
 * Git.wrap(repository)}, {@code super(reader)} in a subclass of {@code ObjectWalk}). The class is
 * read from the file's imports first (a file scanned without JGit's jar), then from the solver;
 * the simple name filters first, so nothing is resolved for the other calls. A {@code this(..)}
 * call names the enclosing class, with the file's package ({@code ObjectWalk(Repository)}'s own
 * {@code this(repo.newObjectReader())}), a {@code super(..)} call the class it extends.
 */
final class NonOwningHolderCalls {
  private NonOwningHolderCalls() {}

  /** Whether {@code call} keeps its {@code argument} without taking it over. */
  static boolean keepsWithoutOwning(Node call, Node argument) {
    if (call instanceof ExplicitConstructorInvocationStmt chained) {
      return chainedKeepsWithoutOwning(chained, argument);
    }
    if (call instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isEmpty()
        && NonOwningHolders.mayBeHolder(creation.getType().getNameAsString())) {
      int index = Iterables.indexOf(creation.getArguments(), a -> a == argument);
      String type = qualifiedName(creation.getType());
      return index >= 0 && NonOwningHolders.keepsWithoutOwning(type,
          NonOwningHolders.CONSTRUCTOR, creation.getArguments().size(), index);
    }
    if (call instanceof MethodCallExpr method && method.getScope().isPresent()
        && method.getScope().get().isNameExpr()
        && NonOwningHolders.mayBeHolder(method.getScope().get().asNameExpr().getNameAsString())) {
      int index = Iterables.indexOf(method.getArguments(), a -> a == argument);
      List<String> owners = Acquisitions.importedClasses(method);
      return index >= 0 && owners.stream().anyMatch(owner -> NonOwningHolders.keepsWithoutOwning(
          owner, method.getNameAsString(), method.getArguments().size(), index));
    }
    return false;
  }

  private static boolean chainedKeepsWithoutOwning(ExplicitConstructorInvocationStmt chained,
      Node argument) {
    ClassOrInterfaceDeclaration enclosing =
        chained.findAncestor(ClassOrInterfaceDeclaration.class).orElse(null);
    if (enclosing == null) {
      return false;
    }
    String type;
    if (chained.isThis()) {
      if (!NonOwningHolders.mayBeHolder(enclosing.getNameAsString())) {
        return false;
      }
      type = enclosing.getFullyQualifiedName().orElse(null);
    } else {
      if (enclosing.getExtendedTypes().isEmpty() || !NonOwningHolders.mayBeHolder(
          enclosing.getExtendedTypes().get(0).getNameAsString())) {
        return false;
      }
      type = qualifiedName(enclosing.getExtendedTypes().get(0));
    }
    int index = Iterables.indexOf(chained.getArguments(), a -> a == argument);
    return index >= 0 && NonOwningHolders.keepsWithoutOwning(type,
        NonOwningHolders.CONSTRUCTOR, chained.getArguments().size(), index);
  }

  /** As imported or written with its package, else as the solver resolves it; null if neither. */
  private static String qualifiedName(ClassOrInterfaceType type) {
    // Neither imported nor resolvable: not the library's class as far as we know.
    return Acquisitions.importedName(type)
        .or(() -> Solver.ask(() -> type.resolve().asReferenceType().getQualifiedName()))
        .orElse(null);
  }
}
