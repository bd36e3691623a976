package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;

/**
 * Whether the method closes a local after a given point, on the path that runs through it, as
 * {@link dev.leakproof.checks.model.resource.ClosedLater} decides on javac's trees; this class
 * only says which trees close the local.
 */
final class ClosedLater {
  private ClosedLater() {}

  /** Whether {@code variable} is closed after the leaf of {@code point}, within {@code body}. */
  static boolean after(TreePath point, Symbol variable, Tree body) {
    return dev.leakproof.checks.model.resource.ClosedLater.after(JavacTree.INSTANCE,
        JavacTree.upTo(point, body), tree -> closes(tree, variable));
  }

  /** Whether {@code tree} itself closes {@code variable}: a close, {@code try (variable)}. */
  private static boolean closes(Tree tree, Symbol variable) {
    if (tree instanceof MethodInvocationTree call) {
      return isCloseOf(call, variable);
    }
    return tree instanceof TryTree t && t.getResources().stream().anyMatch(resource ->
        resource instanceof IdentifierTree id && ASTHelpers.getSymbol(id) == variable);
  }

  private static boolean isCloseOf(MethodInvocationTree call, Symbol variable) {
    Symbol method = ASTHelpers.getSymbol(call);
    if (method == null) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (ReleaseCalls.releasesReceiver(call, name) && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      return ASTHelpers.getSymbol(ASTHelpers.stripParentheses(select.getExpression())) == variable;
    }
    return ClosingHelpers.closesArgument(call, variable);
  }
}
