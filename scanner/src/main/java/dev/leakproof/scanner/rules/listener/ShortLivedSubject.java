package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import dev.leakproof.checks.model.listener.ShortLivedSubjects;
import dev.leakproof.scanner.engine.SourceFile;

/**
 * Whether a registration method belongs to a subject that keeps a callback for one operation only
 * (a future, a transaction, a request): the list is {@link ShortLivedSubjects}'s; this class asks
 * the symbol solver for the method's declaring type and its supertypes.
 */
public final class ShortLivedSubject {
  private ShortLivedSubject() {}

  /** True only when the solver shows the called method is declared by such a type. */
  public static boolean test(MethodCallExpr call, SourceFile file) {
    file.resolution(); // attaches the symbol solver to the file's tree
    try {
      ResolvedReferenceTypeDeclaration owner = call.resolve().declaringType();
      return ShortLivedSubjects.isShortLivedType(owner.getQualifiedName())
          || owner.getAllAncestors().stream()
              .anyMatch(a -> ShortLivedSubjects.isShortLivedType(a.getQualifiedName()));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false; // the solver cannot tell: judge it like any other registration
    }
  }
}
