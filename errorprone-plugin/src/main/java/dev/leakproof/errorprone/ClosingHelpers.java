package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import dev.leakproof.checks.knowledge.ResourceApis;

/**
 * Whether a call closes what it is given ({@code closeQuietly(in)}, Ant's {@code
 * FileUtils.close(in)}): {@link ResourceApis#closesArguments} asked with the class javac says
 * declares the method.
 */
final class ClosingHelpers {
  private ClosingHelpers() {}

  static boolean closesArguments(Symbol method) {
    return method != null && ResourceApis.closesArguments(
        method.owner.getQualifiedName().toString(), method.getSimpleName().toString());
  }

  /** Whether {@code call} closes {@code variable}, passed as one of its arguments. */
  static boolean closesArgument(MethodInvocationTree call, Symbol variable) {
    Symbol method = ASTHelpers.getSymbol(call);
    if (!closesArguments(method)) {
      return false;
    }
    if (ResourceApis.isQuietCloseHelper(method.getSimpleName().toString())
        && call.getArguments().size() != 1) {
      // known by its quiet-close name only: closeQuietly(x, "name", errors) closes x alone
      return false;
    }
    for (ExpressionTree argument : call.getArguments()) {
      if (ASTHelpers.getSymbol(ASTHelpers.stripParentheses(argument)) == variable) {
        return true;
      }
    }
    return false;
  }
}
