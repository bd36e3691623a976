package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.model.resource.CheckedExceptions;
import dev.leakproof.checks.model.resource.LeakingThrows;
import java.util.List;

/**
 * The call to name in "closed, but not if … throws", chosen as {@link LeakingThrows} says: the
 * first call whose throws clause names a checked exception, as far as the solver resolves it;
 * else the first call on the resource's variable; else the first site.
 */
public final class ThrowBlame {
  private ThrowBlame() {}

  /** The site to blame among {@code sites}, leaking the resource held in local {@code variable}. */
  public static Node mostPlausible(List<Node> sites, String variable) {
    return LeakingThrows.mostPlausible(sites, ThrowBlame::declaresCheckedException,
        site -> onVariable(site, variable));
  }

  /** Whether a reviewer expects one of {@code sites} to throw, as {@link LeakingThrows} says. */
  public static boolean anyExpected(List<Node> sites) {
    return LeakingThrows.anyExpected(sites, ThrowBlame::declaresCheckedException,
        ThrowStmt.class::isInstance);
  }

  private static boolean onVariable(Node site, String variable) {
    return site instanceof MethodCallExpr call
        && call.getScope().map(Acquisitions::unwrap).orElse(null) instanceof NameExpr name
        && name.getNameAsString().equals(variable);
  }

  private static boolean declaresCheckedException(Node site) {
    try {
      ResolvedMethodLikeDeclaration method;
      if (site instanceof MethodCallExpr call) {
        method = call.resolve();
      } else if (site instanceof ObjectCreationExpr creation) {
        method = creation.resolve();
      } else {
        return false;
      }
      for (ResolvedType thrown : method.getSpecifiedExceptions()) {
        if (isChecked(thrown)) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false; // throws clause unknown
    }
  }

  private static boolean isChecked(ResolvedType thrown) {
    if (!thrown.isReferenceType()) {
      return false; // a type variable (throws E): cannot tell
    }
    var reference = thrown.asReferenceType();
    return CheckedExceptions.isChecked(reference.getQualifiedName(), reference.getAllAncestors().stream()
        .map(a -> a.getQualifiedName()).toList());
  }
}
