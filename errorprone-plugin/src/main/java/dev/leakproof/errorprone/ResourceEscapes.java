package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.google.errorprone.VisitorState;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;

/**
 * Whether a local variable's resource may change owner: every mention of the variable must be a
 * use that keeps ownership here ({@code v.read()}, {@code v == null}, {@code v = ...}, {@code
 * for (x : v)}, {@code try (v)}, {@code closeQuietly(v)}, {@code props.load(v)}), or hand it over
 * at that point ({@code return v}, a store into a field or array, an argument of code that keeps
 * it): the walk follows the resource up to those {@linkplain Uses#handOvers hand-overs}. Anything
 * else (an alias, a capture by a lambda or class, a shape not listed) lets it escape where the
 * walk cannot follow, so the rule stays silent.
 */
final class ResourceEscapes extends TreePathScanner<Void, Void> {
  private final Symbol variable;
  private final Tree unit;
  private final VisitorState state;
  private boolean escapes;
  /** A closeable view of the variable leaves, only by being returned ({@link OwningViews#onlyReturned}). */
  private boolean returnedView;
  private boolean closed;
  private final List<Tree> handOvers = new ArrayList<>();
  private final Tree kept;
  /** The mention of the variable being classified: what a hand-over records. */
  private Tree mention;
  /** {@link #variable} is a parameter being summarised: its derived values may keep it. */
  private boolean parameter;

  /** @param kept a mention that only keeps the resource (a later holder is built on it), or null */
  private ResourceEscapes(Tree unit, Symbol variable, Tree kept, VisitorState state) {
    this.unit = unit;
    this.state = state;
    this.variable = variable;
    this.kept = kept;
  }

  /**
   * The facts about {@code variable} within {@code unit}.
   *
   * @param handOvers the mentions that give the resource away, compared by identity
   * @param leavesOnlyAsReturnedView it escapes, and only as a closeable view of it that the body
   *     returns ({@code return conn.getClient()}): what a callee's summary asks ({@link
   *     CalleeSummary#ofBody(boolean, boolean, boolean, boolean, java.util.function.BooleanSupplier)})
   */
  record Uses(boolean escapes, boolean closedSomewhere, List<Tree> handOvers,
      boolean leavesOnlyAsReturnedView) {
    Uses(boolean escapes, boolean closedSomewhere, List<Tree> handOvers) {
      this(escapes, closedSomewhere, handOvers, false);
    }

    /** Whether the resource may leave the method's hands somewhere: escapes, or is handed over. */
    boolean leavesSomewhere() {
      return escapes || handedOverSomewhere();
    }

    boolean handedOverSomewhere() {
      return !handOvers.isEmpty();
    }

    boolean handsOverAt(Tree mention) {
      return handOvers.stream().anyMatch(h -> h == mention);
    }
  }

  static Uses of(TreePath unit, Symbol variable, VisitorState state) {
    return of(unit, variable, null, false, state);
  }

  /**
   * The facts about the parameter {@code variable} within its method's body {@code unit}, for
   * the method's summary: a value derived from it by a call may keep it too ({@link
   * #derivedValueKeeps}).
   */
  static Uses ofParameter(TreePath unit, Symbol variable, VisitorState state) {
    return of(unit, variable, null, true, state);
  }

  private static Uses of(TreePath unit, Symbol variable, Tree kept, VisitorState state) {
    return of(unit, variable, kept, false, state);
  }

  private static Uses of(TreePath unit, Symbol variable, Tree kept, boolean parameter,
      VisitorState state) {
    ResourceEscapes scan = new ResourceEscapes(unit.getLeaf(), variable, kept, state);
    scan.parameter = parameter;
    scan.scan(unit, null);
    return new Uses(scan.escapes || scan.returnedView, scan.closed, List.copyOf(scan.handOvers),
        scan.returnedView && !scan.escapes && scan.handOvers.isEmpty());
  }

  /**
   * The facts about {@code variable} and the holders built over it in later statements, which
   * take its place ({@link LaterHolders}): the mention each holder is built on keeps it.
   */
  static Uses ofHeld(TreePath unit, Symbol variable, LaterHolders holder, VisitorState state) {
    Uses all = of(unit, variable, holder.mention(), state);
    for (LaterHolders link : holder.links()) {
      Uses held = of(unit, link.holder(), link.outer() == null ? null : link.outer().mention(),
          state);
      List<Tree> handOvers = new ArrayList<>(all.handOvers());
      handOvers.addAll(held.handOvers());
      all = new Uses(all.escapes() || held.escapes(),
          all.closedSomewhere() || held.closedSomewhere(),
          List.copyOf(handOvers));
    }
    return all;
  }

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    if (ASTHelpers.getSymbol(tree) == variable && tree != kept) {
      // out.append(a).close(): a chain of calls returning their receiver is the variable again
      TreePath value = ReceiverReturns.chainEnd(getCurrentPath(), state);
      mention = tree;
      if (value == getCurrentPath()
          || !(value.getParentPath().getLeaf() instanceof ExpressionStatementTree)) {
        classify(value);
      }
    }
    return null;
  }

  /** The path of {@link #unit}, an ancestor of {@code path}. */
  private TreePath unitPath(TreePath path) {
    TreePath up = path;
    while (up.getLeaf() != unit) {
      up = up.getParentPath();
    }
    return up;
  }

  private void classify(TreePath path) {
    Tree leaf = path.getLeaf();
    for (TreePath up = path.getParentPath(); up.getLeaf() != unit; up = up.getParentPath()) {
      if (up.getLeaf() instanceof LambdaExpressionTree || up.getLeaf() instanceof ClassTree) {
        escapes = true; // captured: runs elsewhere, maybe later
        return;
      }
    }
    Tree parent = path.getParentPath().getLeaf();
    if (parent instanceof TypeCastTree || parent instanceof ParenthesizedTree) {
      escapes |= !isCastReceiver(path);
      return;
    }
    if (parent instanceof MemberSelectTree select && select.getExpression() == leaf) {
      Tree grand = path.getParentPath().getParentPath().getLeaf();
      if (grand instanceof MemberReferenceTree) {
        escapes = true;
      } else if (grand instanceof MethodInvocationTree call
          && ReleaseCalls.releasesReceiver(call, select.getIdentifier().toString())) {
        closed = true;
      } else if (grand instanceof MethodInvocationTree call
          && !(path.getParentPath().getParentPath().getParentPath().getLeaf()
              instanceof MemberSelectTree)
          // channel.configureBlocking(false); as a statement: whatever it returns is dropped.
          && !(path.getParentPath().getParentPath().getParentPath().getLeaf()
              instanceof ExpressionStatementTree)
          && ResourceAcquisitions.isCloseable(call, state)
          // walk.getRepository(): a resource of its own, whose closing leaves v open
          && !ResourceAcquisitions.leavesReceiverOpen(call, state)) {
        // return v.getResultSet(), stream.filter(..): a closeable tied to v is kept or handed
        // on, and v may have to stay open for it. A result set is followed: read only here, it
        // leaves the statement here.
        TreePath view = path.getParentPath().getParentPath();
        boolean owningView = ResourceAcquisitions.derivesOwningView(call, state);
        if (!owningView && OwningViews.onlyReturned(view, unitPath(path), state)) {
          returnedView = true; // an escape too, which a callee's summary tells apart
        } else if (owningView) {
          escapes |= OwningViews.leaves(view, unitPath(path), state);
        } else {
          // itr = txn.read(zxid): closing itr leaves txn open; only where itr goes does txn go.
          // A parameter's summary keeps the alias, as SpotBugs' does.
          escapes |= parameter || !ResourceAcquisitions.returnsTied(call, state)
              || OwningViews.tiedResultLetsGo(view, unitPath(path), state);
        }
      } else if (parameter && grand instanceof MethodInvocationTree call
          && !ResourceAcquisitions.isCloseable(call, state)
          && derivedValueKeeps(path.getParentPath().getParentPath())) {
        escapes = true; // this(filesystem.getRoot()): the root leads back to the parameter
      }
      return;
    }
    if (parent instanceof MemberReferenceTree) {
      escapes = true; // v::read may run anywhere
      return;
    }
    switch (parent.getKind()) {
      case EQUAL_TO, NOT_EQUAL_TO, INSTANCE_OF -> {
        return;
      }
      default -> {}
    }
    if (parent instanceof AssignmentTree assignment && assignment.getVariable() == leaf) {
      return;
    }
    if (parent instanceof EnhancedForLoopTree loop && loop.getExpression() == leaf) {
      return;
    }
    if (parent instanceof SynchronizedTree) {
      return;
    }
    if (parent instanceof TryTree tryTree && tryTree.getResources().contains(leaf)) {
      closed = true;
      return;
    }
    if (parent instanceof MethodInvocationTree call && call.getArguments().contains(leaf)) {
      Symbol method = ASTHelpers.getSymbol(call);
      if (ClosingHelpers.closesArguments(method)) {
        closed = true;
        return;
      }
      if (ResourceAcquisitions.borrows(call, state)) {
        return; // props.load(in): used, still ours
      }
      passed(CalleeSummaries.of(path.getParentPath(), leaf, state), path);
      return;
    }
    if (parent instanceof NewClassTree creation && creation.getArguments().contains(leaf)
        && creation.getClassBody() == null) {
      passed(CalleeSummaries.of(creation, leaf, state), path);
      return;
    }
    if (parent instanceof ReturnTree || returnedThroughConditional(path)) {
      handOvers.add(mention);
      return;
    }
    if (parent instanceof AssignmentTree assignment && assignment.getExpression() == leaf
        && path.getParentPath().getParentPath().getLeaf() instanceof ExpressionStatementTree
        && isFieldOrArray(assignment.getVariable())) {
      handOvers.add(mention); // this.in = in: the object owns it from here on
      return;
    }
    escapes = true;
  }

  /**
   * {@code return secure ? layered : socket}: an arm of a {@code ?:} (through parentheses, not
   * casts) that is returned leaves the method on the path that chooses it, like a plain return.
   */
  private static boolean returnedThroughConditional(TreePath path) {
    Tree self = path.getLeaf();
    TreePath up = path.getParentPath();
    boolean arm = false;
    while (up.getLeaf() instanceof ParenthesizedTree
        || up.getLeaf() instanceof ConditionalExpressionTree choice
            && choice.getCondition() != self) {
      arm |= up.getLeaf() instanceof ConditionalExpressionTree;
      self = up.getLeaf();
      up = up.getParentPath();
    }
    return arm && up.getLeaf() instanceof ReturnTree;
  }

  /**
   * {@code ((HiveConnection) connection).getDelegationToken(user)}: a call on the resource seen
   * as a subtype, which neither closes it nor returns a closeable tied to it (then the plain
   * receiver's rules apply: a cast in between stays an escape).
   */
  private boolean isCastReceiver(TreePath use) {
    TreePath self = use;
    TreePath up = use.getParentPath();
    boolean cast = false;
    while (up.getLeaf() instanceof TypeCastTree || up.getLeaf() instanceof ParenthesizedTree) {
      cast |= up.getLeaf() instanceof TypeCastTree;
      self = up;
      up = up.getParentPath();
    }
    return cast && up.getLeaf() instanceof MemberSelectTree select
        && select.getExpression() == self.getLeaf()
        && up.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select
        && !ReleaseCalls.releasesReceiver(call, select.getIdentifier().toString())
        && !ResourceAcquisitions.isCloseable(call, state);
  }

  /**
   * Whether the call at {@code call}, made on a parameter and returning no closeable, gives the
   * callee a value that keeps the parameter ({@link CalleeSummary#keptThrough}): stored in a
   * field, returned, or given to a constructor ({@code this(filesystem.getRoot())}).
   */
  private boolean derivedValueKeeps(TreePath call) {
    Tree leaf = call.getLeaf();
    Tree parent = call.getParentPath().getLeaf();
    CalleeSummary.DerivedValueUse use;
    if (parent instanceof ReturnTree) {
      use = CalleeSummary.DerivedValueUse.RETURNED;
    } else if (parent instanceof AssignmentTree assignment && assignment.getExpression() == leaf
        && isFieldOrArray(assignment.getVariable())) {
      use = CalleeSummary.DerivedValueUse.STORED;
    } else if (parent instanceof NewClassTree creation && creation.getArguments().contains(leaf)
        || parent instanceof MethodInvocationTree chained
            && chained.getArguments().contains(leaf)
            && ASTHelpers.getSymbol(chained) instanceof Symbol.MethodSymbol method
            && method.isConstructor()) {
      use = CalleeSummary.DerivedValueUse.GIVEN_TO_CONSTRUCTOR;
    } else {
      return false; // read here, or given to a method: borrowed, as before
    }
    com.sun.tools.javac.code.Type type = ASTHelpers.getType(leaf);
    return type != null && !type.isPrimitive()
        && CalleeSummary.keptThrough(use, state.getTypes().erasure(type).toString());
  }

  private static boolean isFieldOrArray(Tree target) {
    if (target instanceof ArrayAccessTree) {
      return true;
    }
    Symbol symbol = ASTHelpers.getSymbol(target);
    return symbol != null && symbol.getKind() == ElementKind.FIELD;
  }

  /**
   * An argument of a call: the callee's body decides when it is in view; unknown code keeps it
   * unless the method closes it after the call, on that path.
   */
  private void passed(CalleeSummary summary, TreePath use) {
    boolean handsOver = switch (summary) {
      // still ours where the callee left it open
      case BORROWS, CLOSES_ON_SOME_EXITS, CLOSES_UNLESS_IT_THROWS -> false;
      case TAKES, CLOSES -> true;
      case UNKNOWN -> !UnreadableCalls.borrow(use.getParentPath(), state)
          && UnclosedResourceModel.argumentHandsOver(ClosedLater.after(use, variable, unit));
    };
    if (handsOver) {
      handOvers.add(mention);
    }
  }
}
