package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.model.resource.CheckedExceptions;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wrappers whose constructor may fail with the wrapped resource still the caller's ({@link
 * UnclosedResourceModel#wrapperMayFail}): {@code new ObjectInputStream(new FileInputStream(f))}.
 */
public final class WrapperFailures {
  private WrapperFailures() {}

  /** Whether {@code creation}, given a resource as its first argument, may fail and leave it open. */
  public static boolean mayFail(ObjectCreationExpr creation) {
    if (creation.getArguments().isEmpty() || creation.getAnonymousClassBody().isPresent()) {
      return false;
    }
    return Solver.ask(() -> { // unresolved: not known to be a JDK wrapper
      ResolvedConstructorDeclaration constructor = creation.resolve();
      List<String> checked = new ArrayList<>();
      for (ResolvedType thrown : constructor.getSpecifiedExceptions()) {
        if (thrown.isReferenceType()) {
          var reference = thrown.asReferenceType();
          if (CheckedExceptions.isChecked(reference.getQualifiedName(), reference.getAllAncestors()
              .stream().map(a -> a.getQualifiedName()).toList())) {
            checked.add(reference.getQualifiedName());
          }
        }
      }
      return UnclosedResourceModel.wrapperMayFail(constructor.declaringType().getQualifiedName(),
          constructor.getNumberOfParams(), checked, lastArgumentConstant(creation));
    }).orElse(false);
  }

  /**
   * The first wrapper above the acquisition {@code site}, built around it in the same expression,
   * whose constructor may fail ({@code new ObjectInputStream(new BufferedInputStream(site))}):
   * only for the innermost acquisition of such a chain, so a chain is one finding.
   */
  public static Optional<ObjectCreationExpr> failingWrapperAround(Expression site) {
    if (site instanceof ObjectCreationExpr own && !own.getArguments().isEmpty()) {
      Expression inner = Trees.stripped(own.getArgument(0));
      if (Acquisitions.acquires(inner) && Acquisitions.isWrappedByParent(inner)) {
        return Optional.empty(); // not the innermost: the inner acquisition speaks for the chain
      }
    }
    Node child = site;
    while (true) {
      Node parent = child.getParentNode().orElse(null);
      while (parent instanceof EnclosedExpr) {
        child = parent;
        parent = parent.getParentNode().orElse(null);
      }
      if (!(parent instanceof ObjectCreationExpr wrapper) || wrapper.getArguments().isEmpty()
          || wrapper.getArgument(0) != child) {
        return Optional.empty();
      }
      if (mayFail(wrapper)) {
        return Optional.of(wrapper);
      }
      if (!Acquisitions.isWrappedByParent((Expression) child)) {
        return Optional.empty(); // the parent does not own it: not a wrapper chain
      }
      child = wrapper;
    }
  }

  /** The outermost wrapper of the chain {@code site} is wrapped in: the value the code holds. */
  public static Expression outermostWrapper(Expression site) {
    Expression current = site;
    while (Acquisitions.isWrappedByParent(current)) {
      Node parent = current.getParentNode().orElseThrow();
      while (parent instanceof EnclosedExpr) {
        parent = parent.getParentNode().orElseThrow();
      }
      current = (Expression) parent;
    }
    return current;
  }

  /**
   * Whether a call's last argument is a string literal or a name spelled as a constant ({@code
   * UTF_8}, {@code Charsets.UTF_8}): where the JDK takes a charset name ({@link
   * UnclosedResourceModel#neverRaised}).
   */
  static boolean lastArgumentConstant(NodeWithArguments<?> call) {
    NodeList<Expression> arguments = call.getArguments();
    if (arguments.isEmpty()) {
      return false;
    }
    Expression e = Trees.stripped(arguments.getLast().orElseThrow());
    if (e instanceof StringLiteralExpr) {
      return true;
    }
    String name = e instanceof NameExpr n ? n.getNameAsString()
        : e instanceof FieldAccessExpr f ? f.getNameAsString() : null;
    return name != null && UnclosedResourceModel.namedLikeConstant(name);
  }
}
