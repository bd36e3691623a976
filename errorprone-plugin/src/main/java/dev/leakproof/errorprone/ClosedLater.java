package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import java.util.List;

/**
 * Whether the method closes a local after a given point, on the path that runs through it
 * ({@link dev.leakproof.checks.model.resource.UnlistedValues#ownsUnlistedValue}, {@link
 * UnclosedResourceModel#argumentHandsOver}): a later statement of a block around the point, or
 * the {@code finally} of a {@code try} whose block holds it, closes the local ({@code close()}, a
 * quiet-close helper, {@code try (name)}) outside a {@code catch}. The scanner's {@code
 * ClosedLater} reads JavaParser's trees the same way.
 */
final class ClosedLater {
  private ClosedLater() {}

  /** Whether {@code variable} is closed after the leaf of {@code point}, within {@code body}. */
  static boolean after(TreePath point, Symbol variable, Tree body) {
    Tree child = point.getLeaf();
    for (TreePath up = point.getParentPath(); up != null && child != body;
        up = up.getParentPath()) {
      Tree parent = up.getLeaf();
      if (parent instanceof LambdaExpressionTree || parent instanceof ClassTree) {
        return false;
      }
      if (parent instanceof BlockTree block) {
        List<? extends StatementTree> statements = block.getStatements();
        int index = statements.indexOf(child);
        for (int i = index + 1; i >= 1 && i < statements.size(); i++) {
          if (closes(statements.get(i), variable)) {
            return true;
          }
        }
      }
      if (parent instanceof TryTree tryTree && tryTree.getBlock() == child
          && tryTree.getFinallyBlock() != null && closes(tryTree.getFinallyBlock(), variable)) {
        return true;
      }
      child = parent;
    }
    return false;
  }

  /** Whether {@code tree} closes {@code variable} somewhere outside a {@code catch}. */
  private static boolean closes(Tree tree, Symbol variable) {
    return new TreeSearch() {
      @Override
      public Boolean visitCatch(CatchTree node, Void unused) {
        return false; // a close on failure proves nothing
      }

      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (isCloseOf(node, variable)) {
          return true;
        }
        return super.visitMethodInvocation(node, unused);
      }

      @Override
      public Boolean visitTry(TryTree node, Void unused) {
        for (Tree resource : node.getResources()) {
          if (resource instanceof IdentifierTree id && ASTHelpers.getSymbol(id) == variable) {
            return true;
          }
        }
        return super.visitTry(node, unused);
      }
    }.foundIn(tree);
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
