package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import dev.leakproof.checks.model.listener.ShortLivedSubjects;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.Solver;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a registration method belongs to a subject that keeps a callback for one operation only
 * (a future, a transaction, a request): the list is {@link ShortLivedSubjects}'s; this class asks
 * the symbol solver for the method's declaring type and its supertypes.
 */
public final class ShortLivedSubject {
  private ShortLivedSubject() {}

  /**
   * True when the solver shows the called method is declared by such a type; when it cannot
   * tell (the library is not on the class path), when the receiver is a variable whose declared
   * type is named like a future ({@code ListenableFuture<V> future}).
   */
  public static boolean test(MethodCallExpr call, SourceFile file) {
    file.resolution(); // attaches the symbol solver to the file's tree
    return Solver.ask(() -> {
          ResolvedReferenceTypeDeclaration owner = call.resolve().declaringType();
          Set<String> ancestors = owner.getAllAncestors().stream()
              .map(ResolvedReferenceType::getQualifiedName).collect(Collectors.toSet());
          return ShortLivedSubjects.isShortLived(owner.getQualifiedName(), ancestors::contains);
        })
        .orElseGet(() -> call.getScope().flatMap(VariableLookup::of).flatMap(Declaration::type)
            .map(Type::asString)
            .filter(ShortLivedSubjects::isFutureByName).isPresent());
  }
}
