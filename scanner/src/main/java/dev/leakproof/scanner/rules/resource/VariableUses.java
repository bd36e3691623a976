package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
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
import com.github.javaparser.ast.expr.LambdaExpr;
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
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a local variable's resource may change owner within its body: every mention must keep
 * ownership here ({@code v.read()}, {@code v == null}, {@code v = ...}, {@code for (x : v)},
 * {@code try (v)}, {@code closeQuietly(v)}), or hand it over at that point ({@code return v}, a
 * store into a field or array, an argument of code that keeps it): the walk follows the
 * resource up to those {@link #handOvers}. Anything else (an alias, a capture, a shape not
 * listed) lets it escape where the walk cannot follow: silent.
 *
 * <p>Variables are matched by name, so the walk insists the name is declared once in the body.
 *
 * @param handOvers the mentions that give the resource away, compared by identity
 * @param leavesOnlyAsReturnedView it escapes, and only as a closeable view of it that the body
 *     returns ({@code return conn.getClient()}): what a callee's summary asks ({@link
 *     CalleeSummary#ofBody(boolean, boolean, boolean, boolean, java.util.function.BooleanSupplier)})
 */
public record VariableUses(boolean escapes, boolean closedSomewhere,
    List<NameExpr> handOvers, boolean leavesOnlyAsReturnedView) {

  public VariableUses(boolean escapes, boolean closedSomewhere, List<NameExpr> handOvers) {
    this(escapes, closedSomewhere, handOvers, false);
  }

  /** The uses of the local {@code name} declared once in {@code body}. */
  public static VariableUses of(Node body, String name) {
    return declarations(body, name) == 1 ? uses(body, name, null, false) : SHADOWED;
  }

  /** The uses of the parameter {@code name} in its method's {@code body}, which declares no other. */
  public static VariableUses ofParameter(Node body, String name) {
    return declarations(body, name) == 0 ? uses(body, name, null, true) : SHADOWED;
  }

  /**
   * The uses of the local {@code name}, read in {@code scope}, and of the holders built over it in
   * later statements, each read in its own region, which take its place ({@link LaterHolders}):
   * the mention each holder is built on keeps it.
   */
  public static VariableUses ofHeld(Node scope, String name, LaterHolders holder) {
    if (declarations(scope, name) != 1) {
      return SHADOWED;
    }
    VariableUses all = uses(scope, name, holder.mention(), false);
    for (LaterHolders link : holder.links()) {
      if (declarations(link.region(), link.name()) != 1) {
        return SHADOWED;
      }
      VariableUses held = uses(link.region(), link.name(),
          link.outer() == null ? null : link.outer().mention(), false);
      List<NameExpr> handOvers = new ArrayList<>(all.handOvers);
      handOvers.addAll(held.handOvers);
      all = new VariableUses(all.escapes || held.escapes,
          all.closedSomewhere || held.closedSomewhere, List.copyOf(handOvers));
    }
    return all;
  }

  /** Shadowed or reused: names alone cannot tell, so it may escape. */
  private static final VariableUses SHADOWED = new VariableUses(true, false, List.of());

  /** Whether the resource may leave the method's hands somewhere: escapes, or is handed over. */
  public boolean leavesSomewhere() {
    return escapes || handedOverSomewhere();
  }

  /** Whether some path gives the resource away. */
  public boolean handedOverSomewhere() {
    return !handOvers.isEmpty();
  }

  /** Whether {@code node} is one of the {@link #handOvers}. */
  public boolean handsOverAt(Node node) {
    return handOvers.stream().anyMatch(h -> h == node);
  }

  private static long declarations(Node body, String name) {
    return body.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)).size()
        + body.findAll(Parameter.class, p -> p.getNameAsString().equals(name)).size();
  }

  /**
   * The uses of {@code name}; {@code kept}, if not null, is a mention that only keeps it;
   * {@code parameter}: a parameter's, whose derived values may keep it ({@link
   * #derivedValueKeeps}).
   */
  private static VariableUses uses(Node body, String name, NameExpr kept, boolean parameter) {
    boolean escapes = false;
    boolean returnedView = false;
    boolean closed = false;
    List<NameExpr> handOvers = new ArrayList<>();
    for (NameExpr use : body.findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
      if (use == kept) {
        continue;
      }
      // out.append(a).close(): a chain of calls returning their receiver is the variable again
      Expression value = ReceiverReturns.chainEnd(use);
      switch (value != use && value.getParentNode().orElse(null) instanceof ExpressionStmt
          ? Use.KEEPS : classify(value, body, parameter)) {
        case ESCAPES -> escapes = true;
        case RETURNS_VIEW -> returnedView = true;
        case HANDS_OVER -> handOvers.add(use);
        case PASSED -> {
          if (!UnreadableCalls.borrow((Expression) value.getParentNode().orElseThrow())
              && UnclosedResourceModel.argumentHandsOver(ClosedLater.after(value, name, body))) {
            handOvers.add(use);
          }
        }
        case CLOSES -> closed = true;
        default -> { }
      }
    }
    return new VariableUses(escapes || returnedView, closed, List.copyOf(handOvers), returnedView && !escapes && handOvers.isEmpty());
  }

  /**
   * KEEPS, CLOSES, ESCAPES (where the walk cannot follow); HANDS_OVER: gives it away right there;
   * PASSED: an argument of code the scanner cannot read; RETURNS_VIEW: escapes, only as a
   * closeable view of it that the body returns ({@link OwningViews#onlyReturned}).
   */
  private enum Use { KEEPS, CLOSES, ESCAPES, HANDS_OVER, PASSED, RETURNS_VIEW }

  private static Use passed(CalleeSummary summary) {
    return switch (summary) {
      // still ours where the callee left it open
      case BORROWS, CLOSES_ON_SOME_EXITS, CLOSES_UNLESS_IT_THROWS -> Use.KEEPS;
      case TAKES, CLOSES -> Use.HANDS_OVER;
      case UNKNOWN -> Use.PASSED;
    };
  }

  private static Use classify(Expression use, Node body, boolean parameter) {
    for (Node up = use.getParentNode().orElse(body); up != body;
        up = up.getParentNode().orElse(body)) {
      if (up instanceof LambdaExpr || up instanceof TypeDeclaration<?>
          || (up instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
              && o.getArguments().stream().noneMatch(a -> a.isAncestorOf(use)))) {
        return Use.ESCAPES; // captured: runs elsewhere, maybe later
      }
    }
    Node parent = use.getParentNode().orElseThrow();
    if (parent instanceof CastExpr || parent instanceof EnclosedExpr) {
      return isCastReceiver(use) ? Use.KEEPS : Use.ESCAPES;
    }
    if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == use) {
      if (ReleaseCalls.releasesReceiver(call)) {
        return Use.CLOSES;
      }
      // return v.getResultSet(), stream.filter(..): a closeable tied to v is kept or handed on,
      // and v may have to stay open for it. A result set is followed: read only here, it leaves
      // the statement here.
      // channel.configureBlocking(false); as a statement: whatever it returns is dropped.
      Node callParent = call.getParentNode().orElse(null);
      boolean resultUsedAtOnce = callParent instanceof MethodCallExpr outer
          && outer.getScope().orElse(null) == call || callParent instanceof ExpressionStmt;
      boolean closeableResult = Acquisitions.returnsCloseable(call);
      if (parameter && !resultUsedAtOnce && !closeableResult && derivedValueKeeps(call, body)) {
        return Use.ESCAPES; // this(filesystem.getRoot()): the root leads back to the parameter
      }
      if (resultUsedAtOnce || !closeableResult
          || ClosingResultCalls.leavesReceiverOpen(call)) { // walk.getRepository(): its own
        return Use.KEEPS;
      }
      boolean owningView = OwningViews.derives(call);
      if (!owningView && OwningViews.onlyReturned(call, body)) {
        return Use.RETURNS_VIEW; // an escape too, which a callee's summary tells apart
      }
      if (owningView) {
        return OwningViews.leaves(call, body) ? Use.ESCAPES : Use.KEEPS;
      }
      // itr = txn.read(zxid): closing itr leaves txn open; only where itr goes does txn go.
      // A parameter's summary keeps the alias, as SpotBugs' does.
      return parameter || !ClosingResultCalls.returnsTied(call)
          || OwningViews.tiedResultLetsGo(call, body) ? Use.ESCAPES : Use.KEEPS;
    }
    if (parent instanceof MethodCallExpr call && call.getArguments().contains(use)) {
      if (ClosingHelpers.closesArguments(call)) {
        return Use.CLOSES;
      }
      if (Acquisitions.borrows(call)) {
        return Use.KEEPS; // props.load(v) keeps it
      }
      return passed(CalleeSummaries.of(call, use));
    }
    if (parent instanceof ObjectCreationExpr creation && creation.getArguments().contains(use)
        && creation.getAnonymousClassBody().isEmpty()) {
      return passed(CalleeSummaries.of(creation, use));
    }
    if (parent instanceof ExplicitConstructorInvocationStmt chained
        && chained.getArguments().contains(use)) {
      // this(out, false): the delegated constructor's body, if read, decides; else it may keep it
      CalleeSummary summary = CalleeSummaries.of(chained, use);
      return summary == CalleeSummary.UNKNOWN ? Use.ESCAPES : passed(summary);
    }
    if (parent instanceof FieldAccessExpr || parent instanceof InstanceOfExpr
        || parent instanceof SynchronizedStmt) {
      return Use.KEEPS;
    }
    if (parent instanceof BinaryExpr binary
        && (binary.getOperator() == BinaryExpr.Operator.EQUALS
            || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
      return Use.KEEPS;
    }
    if (parent instanceof AssignExpr assign && assign.getTarget() == use) {
      return Use.KEEPS;
    }
    if (parent instanceof ForEachStmt loop && loop.getIterable() == use) {
      return Use.KEEPS;
    }
    if (parent instanceof TryStmt) {
      return Use.CLOSES; // try (v) { ... }
    }
    if (parent instanceof ReturnStmt || returnedThroughConditional(use)) {
      return Use.HANDS_OVER;
    }
    if (parent instanceof AssignExpr assign && assign.getValue() == use
        && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getParentNode().orElse(null) instanceof ExpressionStmt
        && isFieldOrArray(assign.getTarget(), body)) {
      return Use.HANDS_OVER; // this.in = in: the object owns it from here on
    }
    return Use.ESCAPES;
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
   * {@code ((HiveConnection) connection).getDelegationToken(user)}: a call on the resource seen
   * as a subtype, which neither closes it nor returns a closeable tied to it (then the plain
   * receiver's rules above apply: a cast in between stays an escape).
   */
  private static boolean isCastReceiver(Expression use) {
    Node self = use;
    Node up = use.getParentNode().orElse(null);
    boolean cast = false;
    while (up instanceof CastExpr || up instanceof EnclosedExpr) {
      cast |= up instanceof CastExpr;
      self = up;
      up = up.getParentNode().orElse(null);
    }
    return cast && up instanceof MethodCallExpr call && call.getScope().orElse(null) == self
        && !ReleaseCalls.releasesReceiver(call)
        && !Acquisitions.returnsCloseable(call);
  }

  /** {@code this.f}, {@code a[i]}, or a name no local or parameter of {@code body} declares. */
  private static boolean isFieldOrArray(Expression target, Node body) {
    if (target instanceof FieldAccessExpr || target instanceof ArrayAccessExpr) {
      return true;
    }
    if (target instanceof NameExpr name) {
      String field = name.getNameAsString();
      Node method = body.getParentNode().orElse(body);
      return method.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(field))
          .isEmpty() && method.findAll(Parameter.class, p -> p.getNameAsString().equals(field))
          .isEmpty();
    }
    return false;
  }
}
