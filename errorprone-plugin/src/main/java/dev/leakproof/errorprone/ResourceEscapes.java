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
import dev.leakproof.checks.model.resource.ResourceMentions;
import dev.leakproof.checks.model.resource.ResourceMentions.Place;
import dev.leakproof.checks.model.resource.ResourceMentions.ReceiverCall;
import dev.leakproof.checks.model.resource.ResourceMentions.Use;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import javax.lang.model.element.ElementKind;

/**
 * The mentions of a local variable's resource in javac's trees, each read from its parents and
 * judged by {@link ResourceMentions} (what keeps it, closes it, hands it over or lets it escape).
 */
final class ResourceEscapes extends TreePathScanner<Void, Void> {
  private final Symbol variable;
  private final Tree unit;
  private final VisitorState state;
  private final ResourceMentions.Tally<Tree> tally = new ResourceMentions.Tally<>();
  private final Tree kept;
  /** {@link #variable} is a parameter being summarised: its derived values may keep it. */
  private boolean parameter;

  /** @param kept a mention that only keeps the resource (a later holder is built on it), or null */
  private ResourceEscapes(Tree unit, Symbol variable, Tree kept, VisitorState state) {
    this.unit = unit;
    this.state = state;
    this.variable = variable;
    this.kept = kept;
  }

  /** The facts about {@code variable} within {@code unit}. */
  static Uses<Tree> of(TreePath unit, Symbol variable, VisitorState state) {
    return of(unit, variable, null, false, state);
  }

  /**
   * The facts about the parameter {@code variable} within its method's body {@code unit}, for
   * the method's summary: a value derived from it by a call may keep it too ({@link
   * #derivedValueKeeps}).
   */
  static Uses<Tree> ofParameter(TreePath unit, Symbol variable, VisitorState state) {
    return of(unit, variable, null, true, state);
  }

  private static Uses<Tree> of(TreePath unit, Symbol variable, Tree kept, VisitorState state) {
    return of(unit, variable, kept, false, state);
  }

  private static Uses<Tree> of(TreePath unit, Symbol variable, Tree kept, boolean parameter,
      VisitorState state) {
    ResourceEscapes scan = new ResourceEscapes(unit.getLeaf(), variable, kept, state);
    scan.parameter = parameter;
    scan.scan(unit, null);
    return scan.tally.uses();
  }

  /**
   * The facts about {@code variable} and the holders built over it in later statements, which
   * take its place ({@link LaterHolders}): the mention each holder is built on keeps it.
   */
  static Uses<Tree> ofHeld(TreePath unit, Symbol variable, LaterHolders holder, VisitorState state) {
    return ofHeld(unit, variable, holder, false, state);
  }

  /**
   * The facts about the parameter {@code variable} within its method's body {@code unit} and the
   * holders built over it there ({@link #ofParameter}, {@link #ofHeld}).
   */
  static Uses<Tree> ofHeldParameter(TreePath unit, Symbol variable, LaterHolders holder,
      VisitorState state) {
    return ofHeld(unit, variable, holder, true, state);
  }

  private static Uses<Tree> ofHeld(TreePath unit, Symbol variable, LaterHolders holder,
      boolean parameter, VisitorState state) {
    Uses<Tree> all = of(unit, variable, holder.mention(), parameter, state);
    for (LaterHolders link : holder.links()) {
      all = all.with(of(unit, link.holder(), link.outer() == null ? null : link.outer().mention(),
          state));
    }
    return all;
  }

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    if (ASTHelpers.getSymbol(tree) == variable && tree != kept) {
      // out.append(a).close(): a chain of calls returning their receiver is the variable again
      // read(new InputStreamReader(in, cs)): the wrapper given at once to a call stands for it
      TreePath value = InlineWrappers.outermost(
          ReceiverReturns.chainEnd(getCurrentPath(), state), state);
      if (value == getCurrentPath()
          || !(value.getParentPath().getLeaf() instanceof ExpressionStatementTree)) {
        tally.add(tree, classify(value), () -> UnreadableCalls.borrow(value.getParentPath(), state),
            () -> ClosedLater.after(value, variable, unit));
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

  private Use classify(TreePath path) {
    Tree leaf = path.getLeaf();
    for (TreePath up = path.getParentPath(); up.getLeaf() != unit; up = up.getParentPath()) {
      if (up.getLeaf() instanceof LambdaExpressionTree || up.getLeaf() instanceof ClassTree) {
        return ResourceMentions.at(Place.CAPTURED);
      }
    }
    Tree parent = path.getParentPath().getLeaf();
    if (parent instanceof TypeCastTree || parent instanceof ParenthesizedTree) {
      ReceiverCall call = castReceiver(path);
      return call == null ? ResourceMentions.at(Place.OTHER) : ResourceMentions.castReceiverOf(call);
    }
    if (parent instanceof MemberSelectTree select && select.getExpression() == leaf) {
      Tree grand = path.getParentPath().getParentPath().getLeaf();
      if (grand instanceof MemberReferenceTree) {
        return ResourceMentions.at(Place.METHOD_REFERENCE);
      }
      if (grand instanceof MethodInvocationTree call) {
        return ResourceMentions.receiverOf(
            new CallOnResource(path.getParentPath().getParentPath(), call, select), parameter);
      }
      return ResourceMentions.at(Place.FIELD_READ);
    }
    if (parent instanceof MemberReferenceTree) {
      return ResourceMentions.at(Place.METHOD_REFERENCE);
    }
    if (parent instanceof MethodInvocationTree call && call.getArguments().contains(leaf)) {
      return ResourceMentions.argumentOf(
          ClosingHelpers.closesArguments(ASTHelpers.getSymbol(call)),
          () -> ResourceAcquisitions.borrows(call, state),
          () -> CalleeSummaries.of(path.getParentPath(), leaf, state));
    }
    if (parent instanceof NewClassTree creation && creation.getArguments().contains(leaf)
        && creation.getClassBody() == null) {
      return ResourceMentions.passedTo(CalleeSummaries.of(creation, leaf, state));
    }
    return ResourceMentions.at(place(path));
  }

  /** Where a mention stands that its place alone decides. */
  private static Place place(TreePath path) {
    Tree leaf = path.getLeaf();
    Tree parent = path.getParentPath().getLeaf();
    switch (parent.getKind()) {
      case EQUAL_TO, NOT_EQUAL_TO, INSTANCE_OF -> {
        return Place.COMPARED;
      }
      default -> {}
    }
    if (parent instanceof AssignmentTree assignment && assignment.getVariable() == leaf) {
      return Place.ASSIGNED_TO;
    }
    if (parent instanceof EnhancedForLoopTree loop && loop.getExpression() == leaf) {
      return Place.ITERATED;
    }
    if (parent instanceof SynchronizedTree) {
      return Place.SYNCHRONIZED_ON;
    }
    if (parent instanceof TryTree tryTree && tryTree.getResources().contains(leaf)) {
      return Place.TRY_RESOURCE;
    }
    if (parent instanceof ReturnTree || returnedThroughConditional(path)) {
      return Place.RETURNED;
    }
    if (parent instanceof AssignmentTree assignment && assignment.getExpression() == leaf
        && path.getParentPath().getParentPath().getLeaf() instanceof ExpressionStatementTree
        && isFieldOrArray(assignment.getVariable())) {
      return Place.STORED; // this.in = in: the object owns it from here on
    }
    return Place.OTHER;
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
   * {@code ((HiveConnection) connection).getDelegationToken(user)}: the call on the resource seen
   * as a subtype ({@link ResourceMentions#castReceiverOf}), or null when the casts lead elsewhere.
   */
  private ReceiverCall castReceiver(TreePath use) {
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
        && call.getMethodSelect() == select ? new CallOnResource(up.getParentPath(), call, select)
        : null;
  }

  /** The facts about {@code call}, at {@code path}, made on the resource through {@code select}. */
  private final class CallOnResource implements ReceiverCall {
    private final TreePath path;
    private final MethodInvocationTree call;
    private final MemberSelectTree select;

    CallOnResource(TreePath path, MethodInvocationTree call, MemberSelectTree select) {
      this.path = path;
      this.call = call;
      this.select = select;
    }

    @Override
    public boolean releasesReceiver() {
      return ReleaseCalls.releasesReceiver(call, select.getIdentifier().toString());
    }

    @Override
    public boolean resultUsedAtOnce() {
      Tree parent = path.getParentPath().getLeaf();
      return parent instanceof MemberSelectTree || parent instanceof ExpressionStatementTree;
    }

    @Override
    public boolean returnsCloseable() {
      return ResourceAcquisitions.isCloseable(call, state);
    }

    @Override
    public boolean leavesReceiverOpen() {
      return ResourceAcquisitions.leavesReceiverOpen(call, state);
    }

    @Override
    public boolean derivedValueKeeps() {
      return ResourceEscapes.this.derivedValueKeeps(path);
    }

    @Override
    public boolean derivesOwningView() {
      return ResourceAcquisitions.derivesOwningView(call, state);
    }

    @Override
    public boolean viewOnlyReturned() {
      return OwningViews.onlyReturned(path, unitPath(path), state);
    }

    @Override
    public boolean owningViewLeaves() {
      return OwningViews.leaves(path, unitPath(path), state);
    }

    @Override
    public boolean returnsTied() {
      return ResourceAcquisitions.returnsTied(call, state);
    }

    @Override
    public boolean tiedResultLetsGo() {
      return OwningViews.tiedResultLetsGo(path, unitPath(path), state);
    }
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
}
