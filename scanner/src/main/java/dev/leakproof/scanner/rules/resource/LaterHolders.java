package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.leakproof.checks.model.resource.SourceSyntax;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.HolderAssignment;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.HolderInitializer;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A holder built over the resource's local in a later statement, which takes the resource's
 * place ({@link UnclosedResourceModel#holderTakesThePlace}): {@code in = open(f); reader = new
 * BufferedReader(new InputStreamReader(in));}. A holder may have its own holder ({@code bos = new
 * BufferedOutputStream(fos); out = new PrintStream(bos);}): {@link #outer}. Found by names, as the
 * walk matches variables; each name means the local declared in its {@link #region}.
 *
 * @param name the holder's local
 * @param mention the resource's mention the holder is built on (no hand-over then)
 * @param value the outermost {@code new} of the holder, or the view call ({@code in.getChannel()}),
 *     stored into {@code name}
 * @param region the block the name is read in: the body, or the block declaring it where the
 *     body declares the name twice ({@link EnclosingBody#ofLocal})
 * @param onceAssigned the local holds other values too (declared {@code null} before, assigned
 *     elsewhere): it holds the resource only on the paths through this store ({@link
 *     SourceSyntax.HolderStore}), and is the last holder followed
 * @param nullElsewhere of a {@code onceAssigned} holder: every other value it is given is {@code
 *     null} (declared without a value or {@code = null})
 * @param outer the holder built over this one in turn, or null
 */
public record LaterHolders(String name, NameExpr mention, Expression value, Node region,
    boolean onceAssigned, boolean nullElsewhere, LaterHolders outer) {

  /** Holders of holders are followed this deep. */
  private static final int MAX_CHAIN = 4;

  /**
   * The holder of the resource in the local {@code variable} acquired by {@code acquisition},
   * whose mentions are read in {@code scope} (the block the walk would run over).
   */
  public static Optional<LaterHolders> of(Node scope, String variable, Expression acquisition) {
    return chain(scope, variable, acquisition, MAX_CHAIN);
  }

  /**
   * The holder built over the parameter {@code parameter} in its method's {@code body} ({@code
   * Reader r = new InputStreamReader(in, UTF_8); parse(r);}), for the method's summary: the
   * parameter is there when the body starts, so a holder built in a loop is not followed; which
   * chains are followed: {@link UnclosedResourceModel#parameterHolderFollowed}.
   */
  public static Optional<LaterHolders> ofParameter(Node body, String parameter) {
    return chain(body, parameter, body, MAX_CHAIN).filter(holder ->
        UnclosedResourceModel.parameterHolderFollowed(holder.links(),
            link -> link.value instanceof ObjectCreationExpr));
  }

  private static Optional<LaterHolders> chain(Node scope, String variable, Node acquisition,
      int depth) {
    Optional<LaterHolders> link = link(scope, variable, acquisition);
    if (link.isEmpty() || link.get().onceAssigned || depth <= 1) {
      return link;
    }
    LaterHolders inner = link.get();
    return Optional.of(new LaterHolders(inner.name, inner.mention, inner.value, inner.region,
        false, false, chain(inner.region, inner.name, inner.value, depth - 1).orElse(null)));
  }

  /** The holder built over {@code variable}'s mentions in {@code scope}, without its own holders. */
  private static Optional<LaterHolders> link(Node scope, String variable, Node acquisition) {
    List<LaterHolders> found = new ArrayList<>();
    for (NameExpr mention : Trees.findAll(scope, NameExpr.class,
        n -> n.getNameAsString().equals(variable))) {
      holderOf(mention).ifPresent(found::add);
    }
    if (found.size() != 1) {
      return Optional.empty(); // none, or two holders: not followed
    }
    LaterHolders holder = found.get(0);
    HolderAssignment assigned = holder.name.equals(variable) || holder.region == null
        || !holder.region.isAncestorOf(scope) && holder.region != scope && !scope.isAncestorOf(holder.region)
        ? HolderAssignment.NOT_FOLLOWED : assigned(holder);
    if (assigned == HolderAssignment.NOT_FOLLOWED) {
      return Optional.empty();
    }
    // a wrapper owns its first argument only: new Transfer(session, socket) is no known wrapper;
    // a view whose closing closes its receiver (in.getChannel()) is the resource, as a wrapper is
    boolean knownWrappers = holder.value instanceof MethodCallExpr
        || holder.mention.getParentNode().orElse(null) instanceof ObjectCreationExpr innermost
        && innermost.getArgument(0) == holder.mention;
    for (Node layer = holder.mention.getParentNode().orElse(null); layer != null;
        layer = layer.getParentNode().orElse(null)) {
      if (layer instanceof ObjectCreationExpr creation) {
        knownWrappers &= Acquisitions.isKnownWrapper(creation);
      }
      if (layer == holder.value) {
        break;
      }
    }
    boolean decided = UnclosedResourceModel.holderTakesThePlace(knownWrappers,
        ClosedLater.after(holder.value, holder.name, holder.region), true,
        innermostLoop(acquisition) == innermostLoop(holder.value));
    return decided
        ? Optional.of(new LaterHolders(holder.name, holder.mention, holder.value, holder.region,
            assigned != HolderAssignment.ALWAYS,
            assigned == HolderAssignment.ONCE_ASSIGNED_NULL_ELSEWHERE, null))
        : Optional.empty();
  }

  /** This holder and the holders built over it, innermost first. */
  public List<LaterHolders> links() {
    List<LaterHolders> links = new ArrayList<>();
    for (LaterHolders link = this; link != null; link = link.outer) {
      links.add(link);
    }
    return links;
  }

  /** Whether {@code name} mentions this link's local. */
  private boolean mentions(NameExpr mentioned) {
    return mentioned.getNameAsString().equals(name) && region.isAncestorOf(mentioned);
  }

  /**
   * Whether {@code mentioned} is a holder that stands for the resource wherever it is mentioned:
   * given a value only by its {@code new} (definite assignment).
   */
  public boolean standsForTheResource(NameExpr mentioned) {
    return links().stream().anyMatch(link -> !link.onceAssigned && link.mentions(mentioned));
  }

  /** Whether {@code mentioned} is the holder that holds the resource only once assigned. */
  public boolean isOnceAssignedHolder(NameExpr mentioned) {
    return links().stream().anyMatch(link -> link.onceAssigned && link.mentions(mentioned));
  }

  /** Whether the once-assigned holder is given nothing but {@code null} besides. */
  public boolean onceAssignedHolderNullElsewhere() {
    return links().stream().anyMatch(link -> link.onceAssigned && link.nullElsewhere);
  }

  /** The outermost block any holder is read in, or {@code scope} when it holds them all. */
  public Node widest(Node scope) {
    Node widest = scope;
    for (LaterHolders link : links()) {
      if (link.region.isAncestorOf(widest)) {
        widest = link.region;
      }
    }
    return widest;
  }

  /**
   * The holder {@code mention} is an argument of: a {@code new} given it, then a chain of {@code
   * new}s each the first argument of the next, whose outermost is declared into or assigned to a
   * local. Or the view {@code mention} is the receiver of, whose closing closes it ({@code
   * FileChannel channel = in.getChannel()}, {@link ClosingResultCalls#closesReceiver}): the
   * channel's local stands for the stream as a wrapper's does (Dubbo 2.7.0 {@code
   * LogTelnetHandler.telnet}).
   */
  private static Optional<LaterHolders> holderOf(NameExpr mention) {
    Node child = mention;
    Node parent = skipParentheses(child);
    Expression top = parent instanceof MethodCallExpr view
        && view.getScope().orElse(null) == mention && ClosingResultCalls.closesReceiver(view)
        ? view : null;
    while (!(top instanceof MethodCallExpr) && parent instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isEmpty() && creation.getArguments().isNonEmpty()
        && (top == null ? creation.getArguments().contains(child)
            : creation.getArgument(0) == child)) {
      top = creation;
      child = parent;
      parent = skipParentheses(child);
    }
    if (top == null) {
      return Optional.empty();
    }
    Node value = Trees.wrapped(top);
    Node up = value.getParentNode().orElse(null);
    Expression outermost = top;
    Node store = up;
    return SelfClosedLocals.localAssigned(value, up)
        .map(name -> new LaterHolders(name, mention, outermost,
            EnclosingBody.ofLocal(outermost, store, name).orElse(null), false, false, null));
  }

  private static Node skipParentheses(Node child) {
    Node parent = child.getParentNode().orElse(null);
    return parent instanceof EnclosedExpr ? skipParentheses(parent) : parent;
  }

  /**
   * How the holder's local, declared once in its region and not a parameter, is given the
   * holder's {@code new}: by it only, so every mention of the holder runs after it (definite
   * assignment); or by one assignment among other values (Ant's Rpm: {@code OutputStream out =
   * null;} then {@code out = new PrintStream(bos)} in one branch), so the walk follows which paths
   * pass that store: a holder declared {@code = null} may be closed in a {@code finally} before
   * it holds anything (Ant's BZip2.pack).
   */
  private static HolderAssignment assigned(LaterHolders holder) {
    Node body = holder.region;
    List<VariableDeclarator> declarations = Trees.findAll(body, VariableDeclarator.class,
        v -> v.getNameAsString().equals(holder.name));
    boolean declaredOnce = declarations.size() == 1 && Trees.findAll(body, Parameter.class,
        p -> p.getNameAsString().equals(holder.name)).isEmpty();
    Expression initializer = declaredOnce
        ? declarations.get(0).getInitializer().orElse(null) : null;
    HolderInitializer declaredWith = initializer == null ? HolderInitializer.NOTHING
        : Trees.stripped(initializer) == holder.value ? HolderInitializer.THE_HOLDER
        : isNull(initializer) ? HolderInitializer.NULL : HolderInitializer.OTHER;
    List<AssignExpr> assignments = Trees.findAll(body, AssignExpr.class,
        a -> a.getTarget() instanceof NameExpr target
            && target.getNameAsString().equals(holder.name));
    long storesOfIt = assignments.stream().filter(a -> a.getOperator() == AssignExpr.Operator.ASSIGN
        && Trees.stripped(a.getValue()) == holder.value).count();
    return UnclosedResourceModel.holderAssignment(declaredOnce, declaredWith, (int) storesOfIt,
        assignments.size() - (int) storesOfIt, assignments.stream().allMatch(
            a -> Trees.stripped(a.getValue()) == holder.value || isNull(a.getValue())));
  }

  private static boolean isNull(Expression value) {
    return Trees.stripped(value) instanceof NullLiteralExpr;
  }

  private static Node innermostLoop(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt
          || n instanceof DoStmt) {
        return n;
      }
    }
    return null;
  }

  /** Whether {@code creation} is a holder's innermost {@code new}, given what it holds itself. */
  public boolean isBuiltDirectlyBy(ObjectCreationExpr creation) {
    return creation.getArguments().isNonEmpty() && links().stream()
        .anyMatch(link -> Trees.stripped(creation.getArgument(0)) == link.mention);
  }

  /** Whether {@code value} (parentheses and casts skipped) is some holder's {@code new}. */
  public boolean isValue(Expression assigned) {
    return links().stream().anyMatch(link -> Trees.stripped(assigned) == link.value);
  }

}
