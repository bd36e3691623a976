package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.leakproof.checks.model.resource.ResourceMentions;
import dev.leakproof.scanner.engine.Trees;

/**
 * Library wrappers built inline over a resource and given at once to a call ({@code
 * xml.read(new InputStreamReader(is, UTF_8))}): the outermost wrapper stands for the resource
 * ({@link ResourceMentions#judgedAsItsWrapper}).
 */
final class InlineWrappers {
  private InlineWrappers() {}

  /** The outermost inline wrapper over {@code value} when it stands for it, else {@code value}. */
  static Expression outermost(Expression value) {
    Expression top = value;
    while (top.getParentNode().orElse(null) instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isEmpty()
        && Trees.isArgument(creation.getArguments(), top)
        && Acquisitions.isKnownWrapper(creation)) {
      top = creation;
    }
    Node parent = top.getParentNode().orElse(null);
    return ResourceMentions.judgedAsItsWrapper(top != value, parent instanceof MethodCallExpr call
        && Trees.isArgument(call.getArguments(), top)) ? top : value;
  }
}
