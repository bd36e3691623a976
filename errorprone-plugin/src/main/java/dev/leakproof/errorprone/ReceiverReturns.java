package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.leakproof.checks.knowledge.ReceiverReturningMethods;
import java.util.List;

/**
 * Calls that return their receiver ({@link ReceiverReturningMethods}): {@code w.append(a)} is
 * {@code w} again, so a chain on the resource is the resource.
 */
final class ReceiverReturns {
  private ReceiverReturns() {}

  /**
   * Whether {@code call} returns its receiver: a listed method of its declaring class, or a
   * method whose body javac shows and whose every {@code return} is {@code return this}.
   */
  static boolean returnsReceiver(MethodInvocationTree call, VisitorState state) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree)) {
      return false;
    }
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || method.isStatic()) {
      return false;
    }
    String owner = ResourceAcquisitions.binaryName(method.owner);
    String name = method.getSimpleName().toString();
    if (ReceiverReturningMethods.returnsReceiver(owner, name)) {
      return true;
    }
    MethodTree declaration = JavacTrees.instance(state.context).getTree(method);
    if (declaration == null || declaration.getBody() == null) {
      return false; // not in this compilation, abstract or native: unknown
    }
    List<ExpressionTree> values = OwnCodeSearch.returnedValues(declaration.getBody());
    int returnsThis = (int) values.stream().filter(value -> value != null
        && ASTHelpers.stripParentheses(value) instanceof IdentifierTree self
        && self.getName().contentEquals("this")).count();
    return ReceiverReturningMethods.returnsReceiver(owner, name, values.size(), returnsThis);
  }

  /**
   * The path of the outermost expression of the chain of calls returning their receiver built on
   * the expression at {@code value} ({@code value.append(a).append(b)}); {@code value} when none.
   */
  static TreePath chainEnd(TreePath value, VisitorState state) {
    return ResourceAcquisitions.chainEnd(value, call -> returnsReceiver(call, state));
  }

  /** The receiver at the start of the chain of calls returning their receiver ending at {@code value}. */
  static ExpressionTree chainStart(ExpressionTree value, VisitorState state) {
    ExpressionTree current = ASTHelpers.stripParentheses(value);
    while (current instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && returnsReceiver(call, state)) {
      current = ASTHelpers.stripParentheses(select.getExpression());
    }
    return current;
  }
}
