package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import javax.lang.model.element.ElementKind;

/**
 * Whether a result set derived from a statement ({@code statement.getResultSet()}; see {@code
 * ResourceApis.derivesOwningView}) leaves the method, taking its statement along: the whole body
 * is asked, not one path. It leaves when the method is declared to return a {@code ResultSet}
 * (the path returning {@code null} cannot be told apart from the one returning the result set),
 * when the call's value is returned, passed on or stored anywhere but a local, or when the local
 * it is kept in {@linkplain ResourceEscapes escapes}.
 */
final class OwningViews {
  private OwningViews() {}

  /**
   * @param call the path of the deriving call
   * @param unit the body the statement's variable lives in
   */
  static boolean leaves(TreePath call, TreePath unit, VisitorState state) {
    if (unit.getParentPath() != null && unit.getParentPath().getLeaf() instanceof MethodTree method
        && method.getReturnType() != null
        && ResourceAcquisitions.isOwningView(ASTHelpers.getType(method.getReturnType()), state)) {
      return true;
    }
    TreePath value = ResourceAcquisitions.unwrapped(call);
    TreePath parentPath = value.getParentPath();
    Tree child = value.getLeaf();
    Tree parent = parentPath.getLeaf();
    if (parent instanceof ExpressionStatementTree) {
      return false; // statement.getResultSet(); dropped at once
    }
    Symbol kept = null;
    if (parent instanceof VariableTree declared && declared.getInitializer() == child) {
      kept = ASTHelpers.getSymbol(declared);
    } else if (parent instanceof AssignmentTree assignment && assignment.getExpression() == child) {
      kept = ASTHelpers.getSymbol(assignment.getVariable());
    }
    if (kept == null || kept.getKind() != ElementKind.LOCAL_VARIABLE) {
      return true; // returned, passed on, stored in a field or array, or a form we do not follow
    }
    return ResourceEscapes.of(unit, kept, state).leavesSomewhere();
  }

  /**
   * Whether the closeable view made by the call at {@code call} leaves {@code unit} only by being
   * returned: {@code return conn.getClient()}, or kept in a local that is only used, never closed,
   * and returned ({@code BinaryClient client = conn.getClient(); client.send(..); return
   * client;}).
   */
  static boolean onlyReturned(TreePath call, TreePath unit, VisitorState state) {
    TreePath value = ResourceAcquisitions.unwrapped(call);
    Tree parent = value.getParentPath().getLeaf();
    if (parent instanceof ReturnTree) {
      return true;
    }
    if (!(parent instanceof VariableTree declared) || declared.getInitializer() != value.getLeaf()
        || ASTHelpers.getSymbol(declared) == null
        || ASTHelpers.getSymbol(declared).getKind() != ElementKind.LOCAL_VARIABLE) {
      return false;
    }
    ResourceEscapes.Uses uses = ResourceEscapes.of(unit, ASTHelpers.getSymbol(declared), state);
    if (uses.escapes() || uses.closedSomewhere() || !uses.handedOverSomewhere()) {
      return false;
    }
    for (Tree handOver : uses.handOvers()) {
      TreePath at = TreePath.getPath(unit, handOver);
      if (at == null || !(at.getParentPath().getLeaf() instanceof ReturnTree)) {
        return false; // stored in a field or array, or given to code that keeps it
      }
    }
    return true;
  }
}
