package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Types;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.PathWalk;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.checks.model.resource.SourceSyntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.type.TypeKind;

/**
 * javac's trees as {@link PathWalk} sees them, for the resource held in one local {@code
 * variable} and acquired by {@code acquisition}.
 */
final class JavacResourceSyntax implements SourceSyntax<Tree> {
  private final Symbol variable;
  private final Tree acquisition;
  private final Uses<Tree> uses;
  private final VisitorState state;
  private final Types types;
  private final LaterHolders holder;
  private final BooleanSupplier acquisitionListed;
  /** The wrappers the walk saw stored back into the variable they wrap ({@code f = new W(f)}). */
  private final Set<Tree> selfWrappers = new HashSet<>();

  /**
   * @param uses the variable's mentions, whose hand-overs end its paths
   * @param holder the holder built over the variable in a later statement, whose local stands for
   *     the resource from there on ({@link ResourceEscapes#ofHeld}), or null
   * @param acquisitionListed whether the tables (or a factory's shape) say {@code acquisition}
   *     opens a resource, rather than the method closing what it got ({@link HolderQuery#applies});
   *     asked only when a condition asks the value's holder
   */
  JavacResourceSyntax(Symbol variable, Tree acquisition, Uses<Tree> uses,
      VisitorState state, LaterHolders holder, BooleanSupplier acquisitionListed) {
    this.variable = variable;
    this.acquisition = acquisition;
    this.uses = uses;
    this.state = state;
    this.types = state.getTypes();
    this.holder = holder;
    this.acquisitionListed = acquisitionListed;
  }

  /**
   * Whether the walk over this syntax met {@code creation} as a wrapper stored back into the
   * variable it wraps ({@code f = new GZIPInputStream(f)}): its failure is the hand-over's. Asked
   * after the walk, so only of sites the walk reached.
   */
  boolean wrapsItselfHere(NewClassTree creation) {
    return selfWrappers.contains(creation);
  }

  /** Whether {@code creation} is given the variable as its first argument, handing it over. */
  static boolean wrapsVariable(NewClassTree creation, Symbol variable, Uses<Tree> uses) {
    if (creation.getArguments().isEmpty()) {
      return false;
    }
    ExpressionTree first = creation.getArguments().get(0);
    return ASTHelpers.getSymbol(first) == variable && uses.handsOverAt(first);
  }

  /**
   * Whether {@code assignment} stores into {@code variable} a wrapper built over the variable
   * itself ({@code f = new GZIPInputStream(f)}): {@link SourceSyntax.Assign#wrapsTheVariable}.
   */
  private static boolean wrapsItself(AssignmentTree assignment, Symbol variable) {
    return ASTHelpers.getSymbol(assignment.getVariable()) == variable
        && ASTHelpers.stripParentheses(assignment.getExpression()) instanceof NewClassTree creation
        && creation.getClassBody() == null && !creation.getArguments().isEmpty()
        && ASTHelpers.getSymbol(ASTHelpers.stripParentheses(creation.getArguments().get(0)))
            == variable;
  }

  @Override
  public Statement<Tree> statement(Tree tree) {
    switch (tree.getKind()) {
      case BLOCK:
        return new Block<>(List.copyOf(((BlockTree) tree).getStatements()));
      case VARIABLE:
        // a local boolean's declaration is its store (FlagStore); another's, its initializer
        return evaluate(storedFlag(tree) != null ? tree : ((VariableTree) tree).getInitializer());
      case EXPRESSION_STATEMENT:
        return evaluate(((ExpressionStatementTree) tree).getExpression());
      case EMPTY_STATEMENT:
      case CLASS:
      case ASSERT:
        return new Skip<>();
      case IF: {
        IfTree branch = (IfTree) tree;
        return new If<>(branch.getCondition(), branch.getThenStatement(), branch.getElseStatement());
      }
      case RETURN:
        return new Return<>(((ReturnTree) tree).getExpression());
      case THROW:
        return new Throw<>(((ThrowTree) tree).getExpression(), tree);
      case BREAK:
        return new Break<>(nameOf(((BreakTree) tree).getLabel()));
      case CONTINUE:
        return new Continue<>(nameOf(((ContinueTree) tree).getLabel()));
      case YIELD:
        return new Yield<>(((YieldTree) tree).getValue());
      case LABELED_STATEMENT: {
        LabeledStatementTree labeled = (LabeledStatementTree) tree;
        return new Labeled<>(labeled.getLabel().toString(), labeled.getStatement());
      }
      case SYNCHRONIZED: {
        SynchronizedTree sync = (SynchronizedTree) tree;
        return new Synchronized<>(sync.getExpression(), sync.getBlock());
      }
      case WHILE_LOOP: {
        WhileLoopTree loop = (WhileLoopTree) tree;
        return new Loop<>(LoopKind.WHILE, List.of(), loop.getCondition(), List.of(), null,
            loop.getStatement(), isTrue(loop.getCondition()));
      }
      case DO_WHILE_LOOP: {
        DoWhileLoopTree loop = (DoWhileLoopTree) tree;
        return new Loop<>(LoopKind.DO_WHILE, List.of(), loop.getCondition(), List.of(), null,
            loop.getStatement(), isTrue(loop.getCondition()));
      }
      case FOR_LOOP: {
        ForLoopTree loop = (ForLoopTree) tree;
        return new Loop<>(LoopKind.FOR, List.copyOf(loop.getInitializer()), loop.getCondition(),
            List.copyOf(loop.getUpdate()), null, loop.getStatement(),
            loop.getCondition() == null || isTrue(loop.getCondition()));
      }
      case ENHANCED_FOR_LOOP: {
        EnhancedForLoopTree loop = (EnhancedForLoopTree) tree;
        return new Loop<>(LoopKind.FOR_EACH, List.of(), null, List.of(), loop.getExpression(),
            loop.getStatement(), false);
      }
      case TRY:
        return tryStatement((TryTree) tree);
      case SWITCH: {
        SwitchTree switchTree = (SwitchTree) tree;
        return new Switch<>(switchTree.getExpression(), cases(switchTree.getCases()));
      }
      default:
        if (tree instanceof ExpressionTree) {
          return evaluate(tree);
        }
        throw new PathWalk.Unsupported(tree.getKind().toString());
    }
  }

  private Statement<Tree> tryStatement(TryTree tree) {
    List<Tree> initializers = new ArrayList<>();
    boolean closesVariable = false;
    for (Tree resource : tree.getResources()) {
      if (resource instanceof VariableTree declared) {
        initializers.add(declared.getInitializer());
      } else if (resource instanceof ExpressionTree named && isVariable(named)) {
        closesVariable = true; // try (in) { ... } closes it on every exit
      }
    }
    List<Catch<Tree>> catches = new ArrayList<>();
    for (CatchTree handler : tree.getCatches()) {
      catches.add(new Catch<>(handler.getBlock()));
    }
    return new Try<>(initializers, closesVariable, tree.getBlock(), catches, tree.getFinallyBlock());
  }

  private static List<Case<Tree>> cases(List<? extends CaseTree> cases) {
    List<Case<Tree>> shapes = new ArrayList<>();
    for (CaseTree c : cases) {
      boolean isDefault = c.getExpressions().isEmpty();
      if (c.getCaseKind() == CaseTree.CaseKind.STATEMENT) {
        shapes.add(new Case<>(isDefault, false, List.copyOf(c.getStatements()), null));
      } else if (c.getBody() instanceof ExpressionTree value) {
        shapes.add(new Case<>(isDefault, true, List.of(), value));
      } else {
        shapes.add(new Case<>(isDefault, true, List.of(c.getBody()), null));
      }
    }
    return shapes;
  }

  private static Statement<Tree> evaluate(Tree expression) {
    return new Evaluate<>(expression == null ? List.of() : List.of(expression));
  }

  @Override
  public Expression<Tree> expression(Tree tree) {
    if (uses.handsOverAt(tree)) {
      return new HandOver<>(isOnceAssignedHolder(tree));
    }
    Symbol flag = storedFlag(tree);
    if (flag != null) {
      return flagStore(tree, flag);
    }
    switch (tree.getKind()) {
      case METHOD_INVOCATION: {
        MethodInvocationTree call = (MethodInvocationTree) tree;
        Symbol method = ASTHelpers.getSymbol(call);
        boolean quietClose = method != null
            && ResourceApis.isQuietCloseHelper(method.getSimpleName().toString());
        List<Tree> operands = Stream.concat(Stream.of(call.getMethodSelect()),
            call.getArguments().stream()).map(Tree.class::cast).toList();
        // A quiet-close helper swallows what close() throws; v.isClosed() in a finally block's
        // guard is taken not to throw (not what a finding should be about).
        boolean cannotThrow = method != null
            && ResourceApis.mayBeCallThatCannotThrow(method.getSimpleName().toString())
            && ResourceApis.cannotThrow(
                method.owner.getQualifiedName().toString(), method.getSimpleName().toString());
        boolean mayThrow = !quietClose && !cannotThrow && !(condition(call) instanceof IsClosed);
        if (!releases(call, method, this::isVariable)
            && releases(call, method, this::isOnceAssignedHolder)) {
          return new Invocation<>(call, operands, true, mayThrow, false, true);
        }
        return new Invocation<>(call, operands, releases(call, method, this::isVariable),
            mayThrow);
      }
      case NEW_CLASS: {
        NewClassTree creation = (NewClassTree) tree;
        List<Tree> operands = new ArrayList<>();
        if (creation.getEnclosingExpression() != null) {
          operands.add(creation.getEnclosingExpression());
        }
        operands.addAll(creation.getArguments());
        if (wrapsVariable(creation, variable, uses) && WrapperFailures.mayFail(creation, types)) {
          // new GZIPInputStream(in): taken over only once the header was read
          operands.remove(creation.getEnclosingExpression() != null ? 1 : 0);
          return new Invocation<>(creation, operands, false, true, true);
        }
        return new Invocation<>(creation, operands, false, true);
      }
      case ASSIGNMENT: {
        AssignmentTree assignment = (AssignmentTree) tree;
        if (isOnceAssignedHolder(assignment.getVariable())) {
          return new HolderStore<>(assignment.getExpression(),
              holder.isValue(assignment.getExpression()));
        }
        boolean overwrites = isVariable(assignment.getVariable())
            && ASTHelpers.stripParentheses(assignment.getExpression()) != acquisition
            && (holder == null || !holder.isValue(assignment.getExpression()));
        boolean wrapsItself = wrapsItself(assignment, variable);
        if (wrapsItself) {
          selfWrappers.add(ASTHelpers.stripParentheses(assignment.getExpression()));
        }
        return new Assign<>(assignment.getExpression(), overwrites, wrapsItself,
            assignment.getVariable());
      }
      case CONDITIONAL_EXPRESSION: {
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
        return new Conditional<>(conditional.getCondition(), conditional.getTrueExpression(),
            conditional.getFalseExpression());
      }
      case CONDITIONAL_AND:
      case CONDITIONAL_OR: {
        BinaryTree binary = (BinaryTree) tree;
        return new ShortCircuit<>(binary.getLeftOperand(), binary.getRightOperand());
      }
      case SWITCH_EXPRESSION: {
        SwitchExpressionTree switchTree = (SwitchExpressionTree) tree;
        return new SwitchExpression<>(switchTree.getExpression(), cases(switchTree.getCases()));
      }
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
      case CLASS:
        return new Deferred<>(); // runs later, if at all
      default:
        return new Operands<>(JavacTree.INSTANCE.children(tree)); // javac's (evaluation) order
    }
  }

  @Override
  public Condition condition(Tree tree) {
    ExpressionTree c = ASTHelpers.stripParentheses((ExpressionTree) tree);
    switch (c.getKind()) {
      case LOGICAL_COMPLEMENT:
        return new Not(condition(((UnaryTree) c).getExpression()));
      case IDENTIFIER:
      case MEMBER_SELECT: {
        Symbol flag = flagOf(c);
        return flag != null ? new FlagTest(flag) : new Opaque();
      }
      case CONDITIONAL_AND:
        return new And(condition(((BinaryTree) c).getLeftOperand()),
            condition(((BinaryTree) c).getRightOperand()));
      case CONDITIONAL_OR:
        return new Or(condition(((BinaryTree) c).getLeftOperand()),
            condition(((BinaryTree) c).getRightOperand()));
      case EQUAL_TO:
      case NOT_EQUAL_TO: {
        BinaryTree binary = (BinaryTree) c;
        boolean nonNull = c.getKind() == Tree.Kind.NOT_EQUAL_TO;
        if (isNullTestOf(binary, this::isVariable)) {
          return new NullTest(nonNull);
        }
        return isNullTestOf(binary, this::isOnceAssignedHolder)
            ? new NullTest(nonNull, true, holder.onceAssignedHolderNullElsewhere())
            : new Opaque();
      }
      case METHOD_INVOCATION: {
        MethodInvocationTree call = (MethodInvocationTree) c;
        if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
          return new Opaque();
        }
        if (call.getArguments().isEmpty() && isVariable(select.getExpression())) {
          Condition query = IsClosed.ofQuery(select.getIdentifier().toString());
          return query != null ? query : new Opaque();
        }
        return asksTheHolder(select, call) ? new HolderQuery() : new Opaque();
      }
      default:
        return new Opaque();
    }
  }

  /**
   * The flag that {@code tree} stores into (a local's declaration, an assignment or a compound
   * one, {@code close |= x}), or null: a {@code boolean} the walk may follow ({@link FlagStore}).
   */
  private static Symbol storedFlag(Tree tree) {
    return switch (tree.getKind()) {
      case VARIABLE -> booleanLocal(ASTHelpers.getSymbol((VariableTree) tree));
      case ASSIGNMENT -> flagOf(((AssignmentTree) tree).getVariable());
      case AND_ASSIGNMENT, OR_ASSIGNMENT, XOR_ASSIGNMENT ->
          flagOf(((CompoundAssignmentTree) tree).getVariable());
      default -> null;
    };
  }

  private static Symbol booleanLocal(Symbol local) {
    return local != null && local.getKind() == ElementKind.LOCAL_VARIABLE
        && local.type.getKind() == TypeKind.BOOLEAN ? local : null;
  }

  /**
   * The {@code boolean} {@code tree} names, if the walk may follow it as a flag: a local, or a
   * {@code final} field read by its name or through {@code this}, which keeps its value through a
   * method (its one store in a constructor is a store like a local's); else null.
   */
  private static Symbol flagOf(ExpressionTree tree) {
    ExpressionTree named = ASTHelpers.stripParentheses(tree);
    if (named instanceof MemberSelectTree select && !(select.getExpression() instanceof IdentifierTree
        self && self.getName().contentEquals("this"))) {
      return null; // another object's field
    }
    Symbol symbol = named.getKind() == Tree.Kind.IDENTIFIER
        || named.getKind() == Tree.Kind.MEMBER_SELECT ? ASTHelpers.getSymbol(named) : null;
    if (symbol == null || symbol.type == null || symbol.type.getKind() != TypeKind.BOOLEAN) {
      return null;
    }
    return symbol.getKind() == ElementKind.LOCAL_VARIABLE
        || symbol.getKind() == ElementKind.FIELD && symbol.getModifiers().contains(Modifier.FINAL)
        ? symbol : null;
  }

  /** The store into {@code flag} that {@code tree} is; its value is a constant only when written so. */
  private static Expression<Tree> flagStore(Tree tree, Symbol flag) {
    ExpressionTree value = switch (tree.getKind()) {
      case VARIABLE -> ((VariableTree) tree).getInitializer();
      case ASSIGNMENT -> ((AssignmentTree) tree).getExpression();
      default -> ((CompoundAssignmentTree) tree).getExpression();
    };
    Boolean constant = tree.getKind() != Tree.Kind.AND_ASSIGNMENT
        && tree.getKind() != Tree.Kind.OR_ASSIGNMENT && tree.getKind() != Tree.Kind.XOR_ASSIGNMENT
        && value != null && ASTHelpers.stripParentheses(value) instanceof LiteralTree literal
        && literal.getValue() instanceof Boolean known ? known : null;
    return new FlagStore<>(flag, constant, value);
  }

  private static boolean isNullTestOf(BinaryTree binary, Predicate<ExpressionTree> local) {
    return local.test(binary.getLeftOperand()) && isNull(binary.getRightOperand())
        || local.test(binary.getRightOperand()) && isNull(binary.getLeftOperand());
  }

  /** {@code v.close()}, or {@code closeQuietly(v)} and the like, {@code v} as {@code local} says. */
  private static boolean releases(MethodInvocationTree call, Symbol method,
      Predicate<ExpressionTree> local) {
    if (method == null) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (ReleaseCalls.releasesReceiver(call, name) && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      return local.test(select.getExpression());
    }
    return ClosingHelpers.closesArguments(method)
        && call.getArguments().stream().anyMatch(local);
  }

  /**
   * Whether {@code call} is a query on the local the resource was taken from: {@code
   * info.isShared()} after {@code em = info.getEntityManager()} ({@link HolderQuery#applies}).
   */
  private boolean asksTheHolder(MemberSelectTree select, MethodInvocationTree call) {
    Symbol holderLocal = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(select.getExpression()));
    if (holderLocal == null || holderLocal == variable
        || !(acquisition instanceof MethodInvocationTree source)
        || !(source.getMethodSelect() instanceof MemberSelectTree taken)) {
      return false;
    }
    Symbol takenFrom = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(taken.getExpression()));
    boolean fromLocal = takenFrom != null && takenFrom != variable
        && (takenFrom.getKind() == javax.lang.model.element.ElementKind.LOCAL_VARIABLE
            || takenFrom.getKind() == javax.lang.model.element.ElementKind.PARAMETER
            || takenFrom.getKind() == javax.lang.model.element.ElementKind.FIELD);
    return HolderQuery.applies(fromLocal, fromLocal && takenFrom == holderLocal,
        call.getArguments().size(), acquisitionListed);
  }

  /** The variable, or a chain of calls returning their receiver on it ({@code v.append(x)}). */
  private boolean isVariable(ExpressionTree tree) {
    ExpressionTree e = ReceiverReturns.chainStart(tree, state);
    return e.getKind() == Tree.Kind.IDENTIFIER && (ASTHelpers.getSymbol(e) == variable
        || holder != null && holder.standsForTheResource(ASTHelpers.getSymbol(e)));
  }

  /**
   * A holder that holds the resource only once assigned ({@link LaterHolders#onceAssigned}), or
   * a chain of calls returning their receiver on it.
   */
  private boolean isOnceAssignedHolder(Tree tree) {
    Symbol onceAssigned = holder == null ? null : holder.onceAssignedHolder();
    return onceAssigned != null && tree instanceof ExpressionTree expression
        && ReceiverReturns.chainStart(expression, state) instanceof IdentifierTree name
        && ASTHelpers.getSymbol(name) == onceAssigned;
  }

  private static boolean isNull(ExpressionTree tree) {
    return ASTHelpers.stripParentheses(tree).getKind() == Tree.Kind.NULL_LITERAL;
  }

  private static boolean isTrue(ExpressionTree condition) {
    return condition != null
        && ASTHelpers.stripParentheses(condition) instanceof LiteralTree literal
        && Boolean.TRUE.equals(literal.getValue());
  }

  private static String nameOf(Name label) {
    return label == null ? "" : label.toString();
  }
}
