package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.ResourceMentions;
import dev.leakproof.checks.model.resource.ResourceMentions.Place;
import dev.leakproof.checks.model.resource.ResourceMentions.ReceiverCall;
import dev.leakproof.checks.model.resource.ResourceMentions.Use;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Solver;

/**
 * The mentions of a local variable's resource in JavaParser's trees, each read from its parents
 * and judged by {@link ResourceMentions} (what keeps it, closes it, hands it over or lets it
 * escape).
 *
 * <p>Variables are matched by name, so the walk insists the name is declared once in the body.
 */
public final class VariableUses {
  private VariableUses() {}

  /** The uses of the local {@code name} declared once in {@code body}. */
  public static Uses<NameExpr> of(Node body, String name) {
    return declarations(body, name) == 1 ? uses(body, name, null, false) : Uses.unknown();
  }

  /** The uses of the parameter {@code name} in its method's {@code body}, which declares no other. */
  public static Uses<NameExpr> ofParameter(Node body, String name) {
    return declarations(body, name) == 0 ? uses(body, name, null, true) : Uses.unknown();
  }

  /**
   * The uses of the local {@code name}, read in {@code scope}, and of the holders built over it in
   * later statements, each read in its own region, which take its place ({@link LaterHolders}):
   * the mention each holder is built on keeps it.
   */
  public static Uses<NameExpr> ofHeld(Node scope, String name, LaterHolders holder) {
    return declarations(scope, name) == 1 ? ofHeld(scope, name, holder, false) : Uses.unknown();
  }

  /**
   * The uses of the parameter {@code name} in its method's {@code body}, which declares no other,
   * and of the holders built over it there ({@link LaterHolders#ofParameter}), as {@link
   * #ofHeld(Node, String, LaterHolders)} reads a local's.
   */
  public static Uses<NameExpr> ofHeldParameter(Node body, String name, LaterHolders holder) {
    return declarations(body, name) == 0 ? ofHeld(body, name, holder, true) : Uses.unknown();
  }

  private static Uses<NameExpr> ofHeld(Node scope, String name, LaterHolders holder,
      boolean parameter) {
    Uses<NameExpr> all = uses(scope, name, holder.mention(), parameter);
    for (LaterHolders link : holder.links()) {
      if (declarations(link.region(), link.name()) != 1) {
        return Uses.unknown();
      }
      all = all.with(uses(link.region(), link.name(),
          link.outer() == null ? null : link.outer().mention(), false));
    }
    return all;
  }

  private static long declarations(Node body, String name) {
    return Trees.findAll(body, VariableDeclarator.class,
        v -> v.getNameAsString().equals(name)).size()
        + Trees.findAll(body, Parameter.class, p -> p.getNameAsString().equals(name)).size();
  }

  /**
   * The uses of {@code name}; {@code kept}, if not null, is a mention that only keeps it;
   * {@code parameter}: a parameter's, whose derived values may keep it ({@link
   * #derivedValueKeeps}).
   */
  private static Uses<NameExpr> uses(Node body, String name, NameExpr kept, boolean parameter) {
    ResourceMentions.Tally<NameExpr> tally = new ResourceMentions.Tally<>();
    for (NameExpr use : Trees.findAll(body, NameExpr.class,
        n -> n.getNameAsString().equals(name))) {
      if (use == kept) {
        continue;
      }
      // out.append(a).close(): a chain of calls returning their receiver is the variable again
      // read(new InputStreamReader(in, cs)): the wrapper given at once to a call stands for it
      Expression value = InlineWrappers.outermost(ReceiverReturns.chainEnd(use));
      tally.add(use, value != use && value.getParentNode().orElse(null) instanceof ExpressionStmt
              ? Use.KEEPS : classify(value, body, parameter),
          () -> UnreadableCalls.borrow((Expression) value.getParentNode().orElseThrow()),
          () -> ClosedLater.after(value, name, body));
    }
    return tally.uses();
  }

  private static Use classify(Expression use, Node body, boolean parameter) {
    if (Trees.inNestedCode(use, body)) {
      return ResourceMentions.at(Place.CAPTURED);
    }
    Node parent = use.getParentNode().orElseThrow();
    if (parent instanceof CastExpr || parent instanceof EnclosedExpr) {
      ReceiverCall call = castReceiver(use, body);
      return call == null ? ResourceMentions.at(Place.OTHER) : ResourceMentions.castReceiverOf(call);
    }
    if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == use) {
      return ResourceMentions.receiverOf(new CallOnResource(call, body), parameter);
    }
    if (parent instanceof MethodCallExpr call && call.getArguments().contains(use)) {
      return ResourceMentions.argumentOf(ClosingHelpers.closesArguments(call),
          () -> Acquisitions.borrows(call), () -> CalleeSummaries.of(call, use));
    }
    if (parent instanceof ObjectCreationExpr creation && creation.getArguments().contains(use)
        && creation.getAnonymousClassBody().isEmpty()) {
      return ResourceMentions.passedTo(CalleeSummaries.of(creation, use));
    }
    if (parent instanceof ExplicitConstructorInvocationStmt chained
        && chained.getArguments().contains(use)) {
      return ResourceMentions.argumentOfThisCall(CalleeSummaries.of(chained, use));
    }
    return ResourceMentions.at(place(use, parent, body));
  }

  /** Where a mention stands that its place alone decides. */
  private static Place place(Expression use, Node parent, Node body) {
    if (parent instanceof FieldAccessExpr) {
      return Place.FIELD_READ;
    }
    if (parent instanceof InstanceOfExpr || parent instanceof BinaryExpr binary
        && (binary.getOperator() == BinaryExpr.Operator.EQUALS
            || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
      return Place.COMPARED;
    }
    if (parent instanceof SynchronizedStmt) {
      return Place.SYNCHRONIZED_ON;
    }
    if (parent instanceof AssignExpr assign && assign.getTarget() == use) {
      return Place.ASSIGNED_TO;
    }
    if (parent instanceof ForEachStmt loop && loop.getIterable() == use) {
      return Place.ITERATED;
    }
    if (parent instanceof TryStmt) {
      return Place.TRY_RESOURCE; // try (v) { ... }
    }
    if (parent instanceof ReturnStmt || returnedThroughConditional(use)) {
      return Place.RETURNED;
    }
    if (parent instanceof AssignExpr assign && assign.getValue() == use
        && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getParentNode().orElse(null) instanceof ExpressionStmt
        && isFieldOrArray(assign.getTarget(), body)) {
      return Place.STORED; // this.in = in: the object owns it from here on
    }
    return Place.OTHER;
  }

  /** The facts about {@code call}, made on the resource, within {@code body}. */
  private record CallOnResource(MethodCallExpr call, Node body) implements ReceiverCall {
    @Override
    public boolean releasesReceiver() {
      return ReleaseCalls.releasesReceiver(call);
    }

    @Override
    public boolean resultUsedAtOnce() {
      Node parent = call.getParentNode().orElse(null);
      return parent instanceof MethodCallExpr outer && outer.getScope().orElse(null) == call
          || parent instanceof ExpressionStmt;
    }

    @Override
    public boolean returnsCloseable() {
      return Acquisitions.returnsCloseable(call);
    }

    @Override
    public boolean leavesReceiverOpen() {
      return ClosingResultCalls.leavesReceiverOpen(call);
    }

    @Override
    public boolean derivedValueKeeps() {
      return VariableUses.derivedValueKeeps(call, body);
    }

    @Override
    public boolean derivesOwningView() {
      return OwningViews.derives(call);
    }

    @Override
    public boolean viewOnlyReturned() {
      return OwningViews.onlyReturned(call, body);
    }

    @Override
    public boolean owningViewLeaves() {
      return OwningViews.leaves(call, body);
    }

    @Override
    public boolean returnsTied() {
      return ClosingResultCalls.returnsTied(call);
    }

    @Override
    public boolean tiedResultLetsGo() {
      return OwningViews.tiedResultLetsGo(call, body);
    }
  }

  /**
   * Whether {@code call}, made on a parameter and returning no closeable, gives the callee a
   * value that keeps the parameter ({@link CalleeSummary#keptThrough}): stored in a field,
   * returned, or given to a constructor ({@code this(filesystem.getRoot())}).
   */
  private static boolean derivedValueKeeps(MethodCallExpr call, Node body) {
    Node parent = call.getParentNode().orElse(null);
    CalleeSummary.DerivedValueUse use;
    if (parent instanceof ReturnStmt) {
      use = CalleeSummary.DerivedValueUse.RETURNED;
    } else if (parent instanceof AssignExpr assign && assign.getValue() == call
        && isFieldOrArray(assign.getTarget(), body)) {
      use = CalleeSummary.DerivedValueUse.STORED;
    } else if (parent instanceof ExplicitConstructorInvocationStmt chained
        && chained.getArguments().contains(call)
        || parent instanceof ObjectCreationExpr creation
            && creation.getArguments().contains(call)) {
      use = CalleeSummary.DerivedValueUse.GIVEN_TO_CONSTRUCTOR;
    } else {
      return false; // read here, or given to a method: borrowed, as before
    }
    String type = Solver.ask(() -> call.resolve().getReturnType().describe())
        .orElse(null); // unknown: may lead back
    return CalleeSummary.keptThrough(use, type);
  }

  /**
   * {@code return secure ? layered : socket}: an arm of a {@code ?:} (through parentheses, not
   * casts) that is returned leaves the method on the path that chooses it, like a plain return.
   */
  private static boolean returnedThroughConditional(Expression use) {
    Node self = use;
    Node up = use.getParentNode().orElse(null);
    boolean arm = false;
    while (up instanceof EnclosedExpr
        || up instanceof ConditionalExpr choice && choice.getCondition() != self) {
      arm |= up instanceof ConditionalExpr;
      self = up;
      up = up.getParentNode().orElse(null);
    }
    return arm && up instanceof ReturnStmt;
  }

  /**
   * {@code ((HiveConnection) connection).getDelegationToken(user)}: the call on the resource seen
   * as a subtype ({@link ResourceMentions#castReceiverOf}), or null when the casts lead elsewhere.
   */
  private static ReceiverCall castReceiver(Expression use, Node body) {
    Node self = use;
    Node up = use.getParentNode().orElse(null);
    boolean cast = false;
    while (up instanceof CastExpr || up instanceof EnclosedExpr) {
      cast |= up instanceof CastExpr;
      self = up;
      up = up.getParentNode().orElse(null);
    }
    return cast && up instanceof MethodCallExpr call && call.getScope().orElse(null) == self
        ? new CallOnResource(call, body) : null;
  }

  /** {@code this.f}, {@code a[i]}, or a name no local or parameter of {@code body} declares. */
  private static boolean isFieldOrArray(Expression target, Node body) {
    if (target instanceof FieldAccessExpr || target instanceof ArrayAccessExpr) {
      return true;
    }
    if (target instanceof NameExpr name) {
      String field = name.getNameAsString();
      Node method = body.getParentNode().orElse(body);
      return Trees.findAll(method, VariableDeclarator.class, v -> v.getNameAsString().equals(field))
          .isEmpty() && Trees.findAll(method, Parameter.class,
          p -> p.getNameAsString().equals(field))
          .isEmpty();
    }
    return false;
  }
}
