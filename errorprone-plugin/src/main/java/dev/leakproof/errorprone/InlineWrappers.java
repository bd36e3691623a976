package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.leakproof.checks.model.resource.ResourceMentions;
import java.util.List;

/**
 * Library wrappers built inline over a resource and given at once to a call ({@code
 * xml.read(new InputStreamReader(is, UTF_8))}): the outermost wrapper stands for the resource
 * ({@link ResourceMentions#judgedAsItsWrapper}).
 */
final class InlineWrappers {
  private InlineWrappers() {}

  /** The path of the outermost inline wrapper over {@code value} when it stands for it, else {@code value}. */
  static TreePath outermost(TreePath value, VisitorState state) {
    TreePath top = value;
    while (top.getParentPath() != null
        && top.getParentPath().getLeaf() instanceof NewClassTree creation
        && creation.getClassBody() == null
        && isArgument(creation.getArguments(), top.getLeaf())
        && LaterHolders.isKnownWrapper(creation, state)) {
      top = top.getParentPath();
    }
    Tree parent = top.getParentPath() == null ? null : top.getParentPath().getLeaf();
    return ResourceMentions.judgedAsItsWrapper(top != value,
        parent instanceof MethodInvocationTree call && isArgument(call.getArguments(), top.getLeaf()))
        ? top : value;
  }

  private static boolean isArgument(List<? extends ExpressionTree> arguments, Tree child) {
    for (ExpressionTree argument : arguments) {
      if (argument == child) {
        return true;
      }
    }
    return false;
  }
}
