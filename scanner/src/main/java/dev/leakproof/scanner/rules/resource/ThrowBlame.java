package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.LeakingThrows;
import dev.leakproof.checks.model.resource.PathWalk;
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

  /**
   * Whether a reviewer expects an exception that leaks to be thrown, as {@link LeakingThrows} says;
   * of a resource {@code handedOver} somewhere, among those no {@code catch} or {@code finally}
   * closing it covers ({@link PathWalk.Result#notClosedOnFailure}).
   */
  public static CheckedThrow anyExpected(PathWalk.Result<Node> walk, boolean handedOver) {
    List<Node> leaks = handedOver ? walk.notClosedOnFailure(walk.exceptionLeaks())
        : walk.exceptionLeaks();
    return LeakingThrows.anyExpected(leaks, ThrowBlame::declaresCheckedException,
        ThrowStmt.class::isInstance, walk::causesOf);
  }

  private static boolean onVariable(Node site, String variable) {
    return site instanceof MethodCallExpr call
        && call.getScope().map(Trees::stripped).orElse(null) instanceof NameExpr name
        && name.getNameAsString().equals(variable);
  }

  /**
   * Whether a site's throws clause names a checked exception: unknown when the solver cannot
   * resolve the call (a file scanned without its project's jars) or the clause names a type
   * variable; a site that is no call ({@code a[i]}, a cast) can throw unchecked exceptions only.
   */
  static CheckedThrow declaresCheckedException(Node site) {
    try {
      ResolvedMethodLikeDeclaration method;
      if (site instanceof MethodCallExpr call) {
        method = call.resolve();
      } else if (site instanceof ObjectCreationExpr creation) {
        method = creation.resolve();
      } else if (site instanceof ExplicitConstructorInvocationStmt call) {
        method = call.resolve();
      } else {
        return CheckedThrow.NO;
      }
      return CheckedThrow.ofCallee(CatchAllCallees.cannotThrow(method),
          () -> method.getSpecifiedExceptions().stream().map(ThrowBlame::isExpected).toList(),
          declaringClass(method));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return CheckedThrow.UNKNOWN; // throws clause unknown
    }
  }

  /** The class declaring {@code method}, or null when the solver cannot name it. */
  private static String declaringClass(ResolvedMethodLikeDeclaration method) {
    try {
      return method.declaringType().getQualifiedName();
    } catch (RuntimeException unnamed) {
      return null;
    }
  }

  private static CheckedThrow isExpected(ResolvedType thrown) {
    if (!thrown.isReferenceType()) {
      return CheckedThrow.UNKNOWN; // a type variable (throws E): cannot tell
    }
    var reference = thrown.asReferenceType();
    return CheckedThrow.declaredType(reference.getQualifiedName(),
        reference.getAllAncestors().stream().map(a -> a.getQualifiedName()).toList());
  }
}
