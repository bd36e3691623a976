package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.PathWalk;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.checks.model.resource.SourceSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * JavaParser's nodes as {@link PathWalk} sees them, for the resource held in the local named
 * {@code variable} and acquired by {@code acquisition}.
 */
public final class JavaParserResourceSyntax implements SourceSyntax<Node> {
  private final String variable;
  private final com.github.javaparser.ast.expr.Expression acquisition;
  private final Uses<NameExpr> uses;
  private final LaterHolders holder;
  /** The block the variable's name is read in (its mentions elsewhere are another local's), or null. */
  private final Node scope;

  /** @param uses the variable's mentions, whose {@linkplain Uses#handOvers hand-overs} end its paths */
  public JavaParserResourceSyntax(String variable, com.github.javaparser.ast.expr.Expression acquisition,
      Uses<NameExpr> uses) {
    this(variable, acquisition, uses, null, null);
  }

  /**
   * @param holder the holder built over the variable in a later statement, whose local stands for
   *     the resource from there on ({@link VariableUses#ofHeld}), or null
   * @param scope the block the variable's name is read in, where the walk runs over a wider one
   *     (a holder declared outside it), or null
   */
  public JavaParserResourceSyntax(String variable, com.github.javaparser.ast.expr.Expression acquisition,
      Uses<NameExpr> uses, LaterHolders holder, Node scope) {
    this.variable = variable;
    this.acquisition = acquisition;
    this.uses = uses;
    this.holder = holder;
    this.scope = scope;
  }

  @Override
  public Statement<Node> statement(Node node) {
    if (node instanceof BlockStmt block) {
      return new Block<>(List.copyOf(block.getStatements()));
    }
    if (node instanceof ExpressionStmt e) {
      return new Evaluate<>(List.of(e.getExpression()));
    }
    if (node instanceof com.github.javaparser.ast.expr.Expression || node instanceof ExplicitConstructorInvocationStmt) {
      return new Evaluate<>(List.of(node)); // a loop's initializer or update; this(..)/super(..)
    }
    if (node instanceof com.github.javaparser.ast.stmt.Statement s && (s.isEmptyStmt()
        || s.isLocalClassDeclarationStmt() || s.isLocalRecordDeclarationStmt() || s.isAssertStmt())) {
      return new Skip<>();
    }
    if (node instanceof IfStmt branch) {
      return new If<>(branch.getCondition(), branch.getThenStmt(),
          branch.getElseStmt().orElse(null));
    }
    if (node instanceof ReturnStmt ret) {
      return new Return<>(ret.getExpression().orElse(null));
    }
    if (node instanceof ThrowStmt thrown) {
      return new Throw<>(thrown.getExpression(), thrown);
    }
    if (node instanceof BreakStmt jump) {
      return new Break<>(jump.getLabel().map(Node::toString).orElse(""));
    }
    if (node instanceof ContinueStmt jump) {
      return new Continue<>(jump.getLabel().map(Node::toString).orElse(""));
    }
    if (node instanceof YieldStmt yield) {
      return new Yield<>(yield.getExpression());
    }
    if (node instanceof LabeledStmt labeled) {
      return new Labeled<>(labeled.getLabel().asString(), labeled.getStatement());
    }
    if (node instanceof SynchronizedStmt sync) {
      return new Synchronized<>(sync.getExpression(), sync.getBody());
    }
    if (node instanceof WhileStmt loop) {
      return new Loop<>(LoopKind.WHILE, List.of(), loop.getCondition(), List.of(), null,
          loop.getBody(), isTrue(loop.getCondition()));
    }
    if (node instanceof DoStmt loop) {
      return new Loop<>(LoopKind.DO_WHILE, List.of(), loop.getCondition(), List.of(), null,
          loop.getBody(), isTrue(loop.getCondition()));
    }
    if (node instanceof ForStmt loop) {
      com.github.javaparser.ast.expr.Expression condition = loop.getCompare().orElse(null);
      return new Loop<>(LoopKind.FOR, List.copyOf(loop.getInitialization()), condition,
          List.copyOf(loop.getUpdate()), null, loop.getBody(),
          condition == null || isTrue(condition));
    }
    if (node instanceof ForEachStmt loop) {
      return new Loop<>(LoopKind.FOR_EACH, List.of(), null, List.of(), loop.getIterable(),
          loop.getBody(), false);
    }
    if (node instanceof TryStmt tryStmt) {
      return tryStatement(tryStmt);
    }
    if (node instanceof SwitchStmt switchStmt) {
      return new Switch<>(switchStmt.getSelector(), cases(switchStmt.getEntries()));
    }
    throw new PathWalk.Unsupported(node.getClass().getSimpleName());
  }

  private Statement<Node> tryStatement(TryStmt tree) {
    List<Node> initializers = new ArrayList<>();
    boolean closesVariable = false;
    for (com.github.javaparser.ast.expr.Expression resource : tree.getResources()) {
      if (isVariable(resource)) {
        closesVariable = true; // try (in) { ... } closes it on every exit
      } else {
        initializers.add(resource);
      }
    }
    List<Catch<Node>> catches = new ArrayList<>();
    for (CatchClause handler : tree.getCatchClauses()) {
      catches.add(new Catch<>(handler.getBody()));
    }
    return new Try<>(initializers, closesVariable, tree.getTryBlock(), catches,
        tree.getFinallyBlock().orElse(null));
  }

  private static List<Case<Node>> cases(List<SwitchEntry> entries) {
    List<Case<Node>> cases = new ArrayList<>();
    for (SwitchEntry entry : entries) {
      boolean isDefault = entry.isDefault() || entry.getLabels().isEmpty();
      List<Node> statements = List.copyOf(entry.getStatements());
      switch (entry.getType()) {
        case STATEMENT_GROUP -> cases.add(new Case<>(isDefault, false, statements, null));
        case EXPRESSION -> cases.add(new Case<>(isDefault, true, List.of(),
            ((ExpressionStmt) entry.getStatements().get(0)).getExpression()));
        default -> cases.add(new Case<>(isDefault, true, statements, null));
      }
    }
    return cases;
  }

  @Override
  public Expression<Node> expression(Node node) {
    if (node instanceof NameExpr name && uses.handsOverAt(node)) {
      return new HandOver<>(isOnceAssignedHolder(name));
    }
    if (node instanceof LambdaExpr || node instanceof MethodReferenceExpr
        || node instanceof TypeDeclaration<?>) {
      return new Deferred<>(); // runs later, if at all
    }
    if (node instanceof MethodCallExpr call) {
      List<Node> operands = new ArrayList<>();
      call.getScope().ifPresent(operands::add);
      operands.addAll(call.getArguments());
      // A quiet-close helper swallows what close() throws; v.isClosed() in a finally block's
      // guard is taken not to throw (not what a finding should be about).
      boolean mayThrow = !ResourceApis.isQuietCloseHelper(call.getNameAsString())
          && !(condition(call) instanceof IsClosed) && !cannotThrow(call);
      if (!releases(call, this::isVariable) && releases(call, this::isOnceAssignedHolder)) {
        return new Invocation<>(call, operands, true, mayThrow, false, true);
      }
      return new Invocation<>(call, operands, releases(call, this::isVariable), mayThrow);
    }
    if (node instanceof ObjectCreationExpr creation) {
      List<Node> operands = new ArrayList<>();
      creation.getScope().ifPresent(operands::add);
      operands.addAll(creation.getArguments());
      if (wrapsVariable(creation, variable, uses) && WrapperFailures.mayFail(creation)) {
        // new GZIPInputStream(in): taken over only once the header was read
        operands.remove(creation.getScope().isPresent() ? 1 : 0);
        return new Invocation<>(creation, operands, false, true, true);
      }
      return new Invocation<>(creation, operands, false, true);
    }
    if (node instanceof ExplicitConstructorInvocationStmt call) {
      return new Invocation<>(call, List.copyOf(call.getArguments()), false, true);
    }
    String flag = node instanceof AssignExpr store ? BooleanFlags.flagOf(store.getTarget()) : null;
    if (flag != null) {
      AssignExpr assign = (AssignExpr) node;
      return new FlagStore<>(flag,
          assign.getOperator() == AssignExpr.Operator.ASSIGN ? constant(assign.getValue()) : null,
          assign.getValue());
    }
    if (node instanceof VariableDeclarator declarator && isBoolean(declarator)) { // its declaration
      return new FlagStore<>(declarator.getNameAsString(),
          declarator.getInitializer().map(JavaParserResourceSyntax::constant).orElse(null),
          declarator.getInitializer().orElse(null));
    }
    if (node instanceof AssignExpr assign) {
      if (isOnceAssignedHolder(assign.getTarget())) {
        return new HolderStore<>(assign.getValue(), holder.isValue(assign.getValue()));
      }
      boolean overwrites = isVariable(assign.getTarget())
          && Trees.stripped(assign.getValue()) != acquisition
          && (holder == null || !holder.isValue(assign.getValue()));
      boolean wrapsItself = Trees.stripped(assign.getValue()) instanceof ObjectCreationExpr creation
          && wrapsItself(creation, variable);
      return new Assign<>(assign.getValue(), overwrites, wrapsItself, assign.getTarget());
    }
    if (node instanceof VariableDeclarationExpr declaration) {
      List<Node> initializers = new ArrayList<>();
      for (VariableDeclarator declarator : declaration.getVariables()) {
        if (isBoolean(declarator)) {
          initializers.add(declarator); // a flag the walk may follow: its store
        } else {
          declarator.getInitializer().ifPresent(initializers::add);
        }
      }
      return new Operands<>(initializers);
    }
    if (node instanceof ConditionalExpr conditional) {
      return new Conditional<>(conditional.getCondition(), conditional.getThenExpr(),
          conditional.getElseExpr());
    }
    if (node instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND
        || binary.getOperator() == BinaryExpr.Operator.OR)) {
      return new ShortCircuit<>(binary.getLeft(), binary.getRight());
    }
    if (node instanceof SwitchExpr switchExpr) {
      return new SwitchExpression<>(switchExpr.getSelector(), cases(switchExpr.getEntries()));
    }
    return new Operands<>(List.copyOf(node.getChildNodes()));
  }

  @Override
  public Condition condition(Node node) {
    com.github.javaparser.ast.expr.Expression c = node instanceof com.github.javaparser.ast.expr.Expression e ? Trees.stripped(e) : null;
    if (c instanceof UnaryExpr unary
        && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return new Not(condition(unary.getExpression()));
    }
    if (c instanceof BinaryExpr binary) {
      switch (binary.getOperator()) {
        case AND:
          return new And(condition(binary.getLeft()), condition(binary.getRight()));
        case OR:
          return new Or(condition(binary.getLeft()), condition(binary.getRight()));
        case EQUALS:
        case NOT_EQUALS:
          boolean nonNull = binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS;
          if (isNullTestOf(binary, this::isVariable)) {
            return new NullTest(nonNull);
          }
          return isNullTestOf(binary, this::isOnceAssignedHolder)
              ? new NullTest(nonNull, true, holder.onceAssignedHolderNullElsewhere())
              : new Opaque();
        default:
          return new Opaque();
      }
    }
    String flag = c == null ? null : BooleanFlags.flagOf(c);
    if (flag != null) {
      return new FlagTest(flag);
    }
    if (c instanceof MethodCallExpr call && call.getArguments().isEmpty()
        && call.getScope().map(this::isVariable).orElse(false)) {
      Condition query = IsClosed.ofQuery(call.getNameAsString());
      if (query != null) {
        return query;
      }
    }
    if (c instanceof MethodCallExpr call && asksTheHolder(call)) {
      return new HolderQuery();
    }
    return new Opaque();
  }

  /**
   * Whether {@code call} is a query on the local the resource was taken from: {@code
   * info.isShared()} after {@code em = info.getEntityManager()} ({@link HolderQuery#applies}).
   */
  private boolean asksTheHolder(MethodCallExpr call) {
    if (!(call.getScope().orElse(null) instanceof NameExpr holder)
        || holder.getNameAsString().equals(variable)
        || !(Trees.stripped(acquisition) instanceof MethodCallExpr source)) {
      return false;
    }
    boolean fromLocal = source.getScope().orElse(null) instanceof NameExpr taken
        && !taken.getNameAsString().equals(variable);
    boolean sameLocal = fromLocal && ((NameExpr) source.getScope().get()).getNameAsString()
        .equals(holder.getNameAsString());
    return HolderQuery.applies(fromLocal, sameLocal, call.getArguments().size(),
        () -> Acquisitions.acquires(acquisition));
  }

  /** Whether {@code creation} is given the variable as its first argument, handing it over. */
  public static boolean wrapsVariable(ObjectCreationExpr creation, String variable,
      Uses<NameExpr> uses) {
    return !creation.getArguments().isEmpty()
        && creation.getArgument(0) instanceof NameExpr name
        && name.getNameAsString().equals(variable) && uses.handsOverAt(name);
  }

  /**
   * Whether {@code creation} is a wrapper built over {@code variable} and stored back into it
   * ({@code f = new GZIPInputStream(f)}): {@link SourceSyntax.Assign#wrapsTheVariable}.
   */
  public static boolean wrapsItself(ObjectCreationExpr creation, String variable) {
    Node up = creation;
    while (up.getParentNode().orElse(null) instanceof EnclosedExpr parenthesised) {
      up = parenthesised;
    }
    return creation.getAnonymousClassBody().isEmpty() && !creation.getArguments().isEmpty()
        && Trees.stripped(creation.getArgument(0)) instanceof NameExpr name
        && name.getNameAsString().equals(variable)
        && up.getParentNode().orElse(null) instanceof AssignExpr assign && assign.getValue() == up
        && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getTarget() instanceof NameExpr target
        && target.getNameAsString().equals(variable);
  }

  private static boolean isNullTestOf(BinaryExpr binary,
      Predicate<com.github.javaparser.ast.expr.Expression> local) {
    return local.test(binary.getLeft()) && isNull(binary.getRight())
        || local.test(binary.getRight()) && isNull(binary.getLeft());
  }

  /** {@code v.close()}, or {@code closeQuietly(v)} and the like, {@code v} as {@code local} says. */
  private static boolean releases(MethodCallExpr call,
      Predicate<com.github.javaparser.ast.expr.Expression> local) {
    if (ReleaseCalls.releasesReceiver(call) && call.getArguments().isEmpty()) {
      return call.getScope().map(local::test).orElse(false);
    }
    return ClosingHelpers.closesArguments(call) && call.getArguments().stream().anyMatch(local);
  }

  /** A call the tables know never throws; resolved only when its name is one of theirs. */
  static boolean cannotThrow(MethodCallExpr call) {
    if (!ResourceApis.mayBeCallThatCannotThrow(call.getNameAsString())) {
      return false;
    }
    try {
      ResolvedMethodDeclaration method = call.resolve();
      return ResourceApis.cannotThrow(method.declaringType().getQualifiedName(), method.getName());
    } catch (RuntimeException | StackOverflowError e) {
      // unresolved (no jars): a known class's closing helper is still known by the file's imports
      return ClosingHelpers.knownOwner(call)
          .map(owner -> ResourceApis.cannotThrow(owner, call.getNameAsString())).orElse(false);
    }
  }

  /** The variable, or a chain of calls returning their receiver on it ({@code v.append(x)}). */
  private boolean isVariable(com.github.javaparser.ast.expr.Expression expression) {
    return ReceiverReturns.chainStart(expression) instanceof NameExpr name
        && (name.getNameAsString().equals(variable) && (scope == null || scope.isAncestorOf(name))
            || holder != null && holder.standsForTheResource(name));
  }

  /**
   * A holder that holds the resource only once assigned ({@link LaterHolders#onceAssigned}), or
   * a chain of calls returning their receiver on it.
   */
  private boolean isOnceAssignedHolder(com.github.javaparser.ast.expr.Expression expression) {
    return holder != null && ReceiverReturns.chainStart(expression) instanceof NameExpr name
        && holder.isOnceAssignedHolder(name);
  }

  private static boolean isNull(com.github.javaparser.ast.expr.Expression expression) {
    return Trees.stripped(expression) instanceof NullLiteralExpr;
  }

  /** A local's declarator of type {@code boolean}: the walk may follow it as a flag. */
  private static boolean isBoolean(VariableDeclarator declarator) {
    return BooleanFlags.isBoolean(declarator.getType());
  }

  /** The value of {@code true} or {@code false} written as such; null for anything else. */
  private static Boolean constant(com.github.javaparser.ast.expr.Expression value) {
    return Trees.stripped(value) instanceof BooleanLiteralExpr literal ? literal.getValue() : null;
  }

  private static boolean isTrue(com.github.javaparser.ast.expr.Expression condition) {
    return Trees.stripped(condition) instanceof BooleanLiteralExpr literal
        && literal.getValue();
  }
}
