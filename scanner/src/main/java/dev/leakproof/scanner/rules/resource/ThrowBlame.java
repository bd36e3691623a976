package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Sites;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the scanner knows of a throwing site of a resource's walk, as {@link
 * UnclosedResourceModel#judgeWalk} asks it: whether its throws clause names a checked exception
 * (as far as the solver resolves it), whether it is a call on the resource's variable, a {@code
 * throw}, a failing wrapper built over the resource, and how a sentence names it.
 */
public final class ThrowBlame {
  private ThrowBlame() {}

  /** The sites of the resource held in local {@code variable} (and {@code holder}, or null). */
  public static Sites<Node> sites(String variable, Uses<NameExpr> uses, LaterHolders holder) {
    return new Sites<>(ThrowBlame::declaresCheckedException, site -> onVariable(site, variable),
        ThrowStmt.class::isInstance, ThrowBlame::describe,
        // new GZIPInputStream(in) failing on a bad header: the hand-over itself failed
        site -> site instanceof ObjectCreationExpr wrapper
            && (JavaParserResourceSyntax.wrapsVariable(wrapper, variable, uses)
                || JavaParserResourceSyntax.wrapsItself(wrapper, variable)
                || holder != null && holder.isBuiltDirectlyBy(wrapper))
            && WrapperFailures.mayFail(wrapper));
  }

  /** A throwing site as a sentence names it ({@link UnclosedResourceModel#call}), or null. */
  public static String describe(Node thrower) {
    if (thrower instanceof MethodCallExpr call) {
      return UnclosedResourceModel.call(call.getNameAsString());
    }
    if (thrower instanceof ObjectCreationExpr creation) {
      return UnclosedResourceModel.constructor(creation.getType().getNameAsString());
    }
    return null;
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
      NodeWithArguments<?> called;
      if (site instanceof MethodCallExpr call) {
        method = call.resolve();
        called = call;
      } else if (site instanceof ObjectCreationExpr creation) {
        method = creation.resolve();
        called = creation;
      } else if (site instanceof ExplicitConstructorInvocationStmt call) {
        method = call.resolve();
        called = call;
      } else {
        return CheckedThrow.NO;
      }
      String declaringClass = declaringClass(method);
      String name = site instanceof MethodCallExpr call ? call.getNameAsString() : "<init>";
      Supplier<List<CheckedThrow>> thrown = () -> method.getSpecifiedExceptions().stream()
          .filter(type -> !(type.isReferenceType() && UnclosedResourceModel.neverRaised(
              declaringClass, name, method.getNumberOfParams(),
              type.asReferenceType().getQualifiedName(),
              WrapperFailures.lastArgumentConstant(called))))
          .map(ThrowBlame::isExpected).toList();
      if (throwsNothingExpected(thrown, declaringClass)) {
        // Whether the callee's body catches everything changes nothing then, and reading it may
        // read its whole file in (Bodies): most callees of a neighbour file declare nothing.
        return CheckedThrow.NO;
      }
      return CheckedThrow.ofCallee(CatchAllCallees.cannotThrow(method), thrown, declaringClass);
    } catch (RuntimeException | StackOverflowError unresolved) {
      return CheckedThrow.UNKNOWN; // throws clause unknown
    }
  }

  /**
   * Whether the callee's verdict is {@link CheckedThrow#NO} whether or not its body catches
   * everything: its throws clause, read, names nothing expected. False when the clause cannot be
   * read (then the body decides first, as {@link CheckedThrow#ofCallee} asks it).
   */
  private static boolean throwsNothingExpected(Supplier<List<CheckedThrow>> thrown,
      String declaringClass) {
    List<CheckedThrow> declared;
    try {
      declared = thrown.get();
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
    return CheckedThrow.ofCallee(false, () -> declared, declaringClass) == CheckedThrow.NO;
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
