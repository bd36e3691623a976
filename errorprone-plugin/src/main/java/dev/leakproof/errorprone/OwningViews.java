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
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.checks.model.resource.TiedResults;
import javax.lang.model.element.ElementKind;

/**
 * Whether a result set derived from a statement ({@code statement.getResultSet()}; see {@code
 * ResourceApis.derivesOwningView}) leaves the method, taking its statement along: the whole body
 * is asked, not one path. It leaves when the method is declared to return a {@code ResultSet}
 * (the path returning {@code null} cannot be told apart from the one returning the result set),
 * when the call's value is returned, passed on or stored anywhere but a local, or when the local
 * it is kept in {@linkplain ResourceEscapes escapes}. The same for a closeable tied to its receiver
 * ({@link #tiedResultLetsGo}).
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
    Kept kept = Kept.of(call);
    return !kept.dropped()
        && (kept.local() == null || ResourceEscapes.of(unit, kept.local(), state).leavesSomewhere());
  }

  /**
   * Whether the closeable tied to its receiver that the call at {@code call} returns ({@link
   * ResourceAcquisitions#returnsTied}: {@code itr = txn.read(zxid)}) lets the receiver go ({@link
   * TiedResults#letResourceGo}): returned, passed on or stored anywhere but a local, or kept in a
   * local that escapes or is handed over other than to a callee that keeps nothing of it.
   */
  static boolean tiedResultLetsGo(TreePath call, TreePath unit, VisitorState state) {
    Kept kept = Kept.of(call);
    if (kept.dropped() || kept.local() == null) {
      return !kept.dropped();
    }
    Uses<Tree> uses = ResourceEscapes.of(unit, kept.local(), state);
    return TiedResults.letResourceGo(uses.escapes(), uses.handOvers(),
        mention -> CalleeSummaries.keepsNothingOf(TreePath.getPath(unit, mention), state));
  }

  /**
   * Where a call's value goes: {@code dropped} at once, or kept in the local variable {@code
   * local}; neither (a null {@code local}) when it is returned, passed on, stored in a field or
   * array, or kept in a form we do not follow.
   */
  private record Kept(Symbol local, boolean dropped) {
    static Kept of(TreePath call) {
      TreePath value = ResourceAcquisitions.unwrapped(call);
      Tree child = value.getLeaf();
      Tree parent = value.getParentPath().getLeaf();
      if (parent instanceof ExpressionStatementTree) {
        return new Kept(null, true); // statement.getResultSet(); dropped at once
      }
      Symbol kept = null;
      if (parent instanceof VariableTree declared && declared.getInitializer() == child) {
        kept = ASTHelpers.getSymbol(declared);
      } else if (parent instanceof AssignmentTree assignment
          && assignment.getExpression() == child) {
        kept = ASTHelpers.getSymbol(assignment.getVariable());
      }
      return new Kept(kept != null && kept.getKind() == ElementKind.LOCAL_VARIABLE ? kept : null,
          false);
    }
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
    Uses<Tree> uses = ResourceEscapes.of(unit, ASTHelpers.getSymbol(declared), state);
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
