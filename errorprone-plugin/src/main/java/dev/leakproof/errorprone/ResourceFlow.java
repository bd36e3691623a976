package dev.leakproof.errorprone;

import static dev.leakproof.checks.paths.PathExits.CLOSED;
import static dev.leakproof.checks.paths.PathExits.OPEN;
import static dev.leakproof.checks.paths.PathExits.UNOPENED;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.paths.PathExits;
import java.util.List;

/**
 * Follows one resource, held in a local variable, along every path of a method body: normal
 * completion, {@code return}, {@code break}, {@code continue} and exceptions, through {@code if},
 * loops, {@code switch}, {@code try}/{@code catch}/{@code finally} and try-with-resources.
 *
 * <p>The state of the resource on a path is one of three: not acquired yet (or no longer held by
 * the variable), open, closed. States are sets (bit masks) because paths merge. Any method call
 * or {@code new} may throw, so each one sends the current state to the exception exit. A
 * statement this class does not understand stops the analysis: the resource is then considered
 * handled (precision first).
 */
final class ResourceFlow {

  /** Thrown on code the walk does not model; the caller stays silent. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** How the walk ended, seen from the method's exits. */
  record Verdict(boolean leaksOnNormalPath, boolean leaksOnException,
      List<Tree> leakingThrows) {}



  private final Symbol variable;
  private final Tree acquisition;
  private boolean lostWhileOpen;

  private ResourceFlow(Symbol variable, Tree acquisition) {
    this.variable = variable;
    this.acquisition = acquisition;
  }

  /**
   * Walks {@code body} for the resource acquired by {@code acquisition} into {@code variable}.
   *
   * @throws Unsupported when the body holds code the walk does not model
   */
  static Verdict analyse(BlockTree body, Symbol variable, Tree acquisition) {
    ResourceFlow flow = new ResourceFlow(variable, acquisition);
    PathExits<Tree> exits = new PathExits<>();
    int normal = exits.nonExceptionalExits(flow.exec(body, UNOPENED, exits, null));
    boolean leaksNormally = flow.lostWhileOpen || (normal & OPEN) != 0;
    boolean leaksOnException = (exits.thrown() & OPEN) != 0;
    return new Verdict(leaksNormally, leaksOnException, exits.throwSites());
  }

  private int exec(StatementTree statement, int in, PathExits<Tree> exits, String label) {
    if (in == 0 || statement == null) {
      return in;
    }
    switch (statement.getKind()) {
      case BLOCK: {
        int s = in;
        for (StatementTree inner : ((BlockTree) statement).getStatements()) {
          s = exec(inner, s, exits, null);
        }
        return s;
      }
      case VARIABLE:
        return eval(((VariableTree) statement).getInitializer(), in, exits);
      case EXPRESSION_STATEMENT:
        return eval(((ExpressionStatementTree) statement).getExpression(), in, exits);
      case EMPTY_STATEMENT:
      case CLASS:
      case ASSERT:
        return in;
      case IF:
        return execIf((IfTree) statement, in, exits);
      case RETURN: {
        int s = eval(((ReturnTree) statement).getExpression(), in, exits);
        exits.addReturn(s);
        return 0;
      }
      case THROW: {
        int s = eval(((ThrowTree) statement).getExpression(), in, exits);
        exits.addThrow(s, statement);
        return 0;
      }
      case BREAK: {
        String target = nameOf(((BreakTree) statement).getLabel());
        exits.addBreak(target, in);
        return 0;
      }
      case CONTINUE: {
        String target = nameOf(((ContinueTree) statement).getLabel());
        exits.addContinue(target, in);
        return 0;
      }
      case LABELED_STATEMENT: {
        LabeledStatementTree labeled = (LabeledStatementTree) statement;
        String name = labeled.getLabel().toString();
        StatementTree inner = labeled.getStatement();
        if (isLoop(inner)) {
          return exec(inner, in, exits, name);
        }
        PathExits<Tree> body = new PathExits<>();
        int s = exec(inner, in, body, null);
        body.forwardTo(exits, false, name, true);
        return s | body.consumedBreaks(false, name);
      }
      case SYNCHRONIZED: {
        SynchronizedTree sync = (SynchronizedTree) statement;
        return exec(sync.getBlock(), eval(sync.getExpression(), in, exits), exits, null);
      }
      case WHILE_LOOP:
      case DO_WHILE_LOOP:
      case FOR_LOOP:
      case ENHANCED_FOR_LOOP:
        return execLoop(statement, in, exits, label == null ? "" : label);
      case TRY:
        return execTry((TryTree) statement, in, exits);
      case SWITCH:
        return execSwitch((SwitchTree) statement, in, exits);
      default:
        throw new Unsupported(statement.getKind().toString());
    }
  }

  private int execIf(IfTree tree, int in, PathExits<Tree> exits) {
    int s = eval(tree.getCondition(), in, exits);
    int thenIn = s;
    int elseIn = s;
    Boolean nonNull = nullTest(tree.getCondition());
    if (nonNull != null) {
      // A held resource is never null: the null branch sees only "not acquired".
      if (nonNull) {
        elseIn = s & UNOPENED;
      } else {
        thenIn = s & UNOPENED;
      }
    }
    int then = exec(tree.getThenStatement(), thenIn, exits, null);
    int otherwise = tree.getElseStatement() == null
        ? elseIn : exec(tree.getElseStatement(), elseIn, exits, null);
    return then | otherwise;
  }

  /** TRUE for {@code v != null}, FALSE for {@code v == null}, null for anything else. */
  private Boolean nullTest(ExpressionTree condition) {
    ExpressionTree c = ASTHelpers.stripParentheses(condition);
    if (!(c instanceof BinaryTree binary)
        || (c.getKind() != Tree.Kind.NOT_EQUAL_TO && c.getKind() != Tree.Kind.EQUAL_TO)) {
      return null;
    }
    boolean variableVsNull =
        (isVariable(binary.getLeftOperand()) && isNull(binary.getRightOperand()))
            || (isVariable(binary.getRightOperand()) && isNull(binary.getLeftOperand()));
    return variableVsNull ? c.getKind() == Tree.Kind.NOT_EQUAL_TO : null;
  }

  private int execLoop(StatementTree loop, int in, PathExits<Tree> exits, String label) {
    ExpressionTree condition = null;
    StatementTree body;
    List<? extends StatementTree> updates = List.of();
    boolean conditionFirst = true;
    int head = in;
    switch (loop.getKind()) {
      case WHILE_LOOP -> {
        condition = ((WhileLoopTree) loop).getCondition();
        body = ((WhileLoopTree) loop).getStatement();
      }
      case DO_WHILE_LOOP -> {
        condition = ((DoWhileLoopTree) loop).getCondition();
        body = ((DoWhileLoopTree) loop).getStatement();
        conditionFirst = false;
      }
      case FOR_LOOP -> {
        ForLoopTree forLoop = (ForLoopTree) loop;
        for (StatementTree init : forLoop.getInitializer()) {
          head = exec(init, head, exits, null);
        }
        condition = forLoop.getCondition();
        body = forLoop.getStatement();
        updates = forLoop.getUpdate();
      }
      default -> {
        EnhancedForLoopTree forEach = (EnhancedForLoopTree) loop;
        head = eval(forEach.getExpression(), head, exits);
        body = forEach.getStatement();
      }
    }
    boolean endless = condition == null && loop.getKind() != Tree.Kind.ENHANCED_FOR_LOOP
        || isTrue(condition);
    int exit = 0;
    for (int round = 0; round < 8; round++) {
      int bodyIn = head;
      if (conditionFirst && condition != null) {
        bodyIn = eval(condition, head, exits);
      }
      if (conditionFirst && !endless) {
        exit |= bodyIn;
      }
      PathExits<Tree> inner = new PathExits<>();
      int end = exec(body, bodyIn, inner, null);
      inner.forwardTo(exits, true, label, true);
      exit |= inner.consumedBreaks(true, label);
      int next = end | inner.consumedContinues(label);
      for (StatementTree update : updates) {
        next = exec(update, next, exits, null);
      }
      if (!conditionFirst && condition != null) {
        next = eval(condition, next, exits);
        if (!endless) {
          exit |= next;
        }
      }
      int newHead = head | next;
      if (newHead == head && round > 0) {
        break;
      }
      head = newHead;
    }
    return exit;
  }

  private int execTry(TryTree tree, int in, PathExits<Tree> exits) {
    PathExits<Tree> body = new PathExits<>();
    int s = in;
    boolean closesVariable = false;
    for (Tree resource : tree.getResources()) {
      if (resource instanceof VariableTree declared) {
        s = eval(declared.getInitializer(), s, body);
      } else if (resource instanceof ExpressionTree named && isVariable(named)) {
        closesVariable = true; // try (in) { ... } closes it on every exit
      }
    }
    int normal = exec(tree.getBlock(), s, body, null);
    if (closesVariable) {
      normal = PathExits.close(normal);
      body.closeOnEveryExit();
    }
    PathExits<Tree> afterCatches = new PathExits<>();
    int thrownIntoCatch = body.thrown();
    List<Tree> sites = body.throwSites();
    body.forwardTo(afterCatches, false, null, false);
    PathExits<Tree> fromCatches = new PathExits<>();
    boolean catchesAll = false;
    for (CatchTree handler : tree.getCatches()) {
      catchesAll |= catchesEverything(handler);
      if (thrownIntoCatch != 0) {
        normal |= exec(handler.getBlock(), thrownIntoCatch, fromCatches, null);
      }
    }
    if ((fromCatches.thrown() & OPEN) != 0) {
      // A catch that rethrows (wrapped) leaks what the try's calls threw: blame those first.
      afterCatches.rememberCauses(sites);
    }
    fromCatches.forwardTo(afterCatches, false, null, true);
    if (!catchesAll) {
      afterCatches.addThrows(thrownIntoCatch, sites);
    }
    BlockTree finallyBlock = tree.getFinallyBlock();
    if (finallyBlock == null) {
      afterCatches.forwardTo(exits, false, null, true);
      return normal;
    }
    // The finally block runs on every exit; each exit goes on with the state it leaves.
    int result = normal == 0 ? 0 : exec(finallyBlock, normal, exits, null);
    afterCatches.throughFinally(state -> exec(finallyBlock, state, exits, null), exits);
    return result;
  }

  private boolean catchesEverything(CatchTree handler) {
    Type caught = ASTHelpers.getType(handler.getParameter());
    if (caught == null) {
      return false;
    }
    String name = caught.toString();
    return name.equals("java.lang.Throwable") || name.equals("java.lang.Exception")
        || name.equals("java.lang.RuntimeException");
  }

  private int execSwitch(SwitchTree tree, int in, PathExits<Tree> exits) {
    int selected = eval(tree.getExpression(), in, exits);
    PathExits<Tree> inner = new PathExits<>();
    int fallthrough = 0;
    boolean hasDefault = false;
    for (CaseTree c : tree.getCases()) {
      if (c.getCaseKind() != CaseTree.CaseKind.STATEMENT) {
        throw new Unsupported("switch with arrow cases");
      }
      hasDefault |= c.getExpressions().isEmpty();
      int s = selected | fallthrough;
      for (StatementTree statement : c.getStatements()) {
        s = exec(statement, s, inner, null);
      }
      fallthrough = s;
    }
    inner.forwardTo(exits, false, "", true); // a plain break leaves the switch
    int breaks = inner.consumedBreaks(false, "");
    return fallthrough | breaks | (hasDefault ? 0 : selected);
  }

  /** Evaluates {@code expression} in order, left to right; returns the state after it. */
  private int eval(ExpressionTree expression, int in, PathExits<Tree> exits) {
    if (expression == null || in == 0) {
      return in;
    }
    Evaluator evaluator = new Evaluator(in, exits);
    expression.accept(evaluator, null);
    return evaluator.current;
  }

  /** Walks an expression in evaluation order, updating the state at each event. */
  private final class Evaluator extends TreeScanner<Void, Void> {
    int current;
    final PathExits<Tree> exits;

    Evaluator(int current, PathExits<Tree> exits) {
      this.current = current;
      this.exits = exits;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      super.visitMethodInvocation(call, null);
      if (releases(call)) {
        current = close(current);
      }
      Symbol method = ASTHelpers.getSymbol(call);
      if (method == null || !ResourceApis.isQuietCloseHelper(method.getSimpleName().toString())) {
        exits.addThrow(current, call); // a quiet-close helper swallows what close() throws
      }
      afterAcquisitionCheck(call);
      return null;
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      scan(tree.getEnclosingExpression(), null);
      scan(tree.getArguments(), null);
      exits.addThrow(current, tree);
      afterAcquisitionCheck(tree);
      return null;
    }

    private void afterAcquisitionCheck(Tree tree) {
      if (tree == acquisition) {
        if ((current & OPEN) != 0) {
          lostWhileOpen = true; // acquired again before the previous one was closed
        }
        current = OPEN;
      }
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      scan(tree.getExpression(), null);
      if (isVariable(tree.getVariable())
          && ASTHelpers.stripParentheses(tree.getExpression()) != acquisition) {
        if ((current & OPEN) != 0) {
          lostWhileOpen = true; // the only reference to an open resource is overwritten
        }
        current = UNOPENED;
      } else {
        scan(tree.getVariable(), null);
      }
      return null;
    }

    @Override
    public Void visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
      scan(tree.getCondition(), null);
      int before = current;
      scan(tree.getTrueExpression(), null);
      int whenTrue = current;
      current = before;
      scan(tree.getFalseExpression(), null);
      current |= whenTrue;
      return null;
    }

    @Override
    public Void visitBinary(BinaryTree tree, Void unused) {
      scan(tree.getLeftOperand(), null);
      if (tree.getKind() == Tree.Kind.CONDITIONAL_AND || tree.getKind() == Tree.Kind.CONDITIONAL_OR) {
        int before = current;
        scan(tree.getRightOperand(), null);
        current |= before;
      } else {
        scan(tree.getRightOperand(), null);
      }
      return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      return null; // runs later, if at all
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      return null;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      return null;
    }
  }

  /** {@code v.close()}, or {@code closeQuietly(v)} and the like. */
  private boolean releases(MethodInvocationTree call) {
    Symbol method = ASTHelpers.getSymbol(call);
    if (method == null) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (ResourceApis.isCloseMethod(name) && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      return isVariable(select.getExpression());
    }
    return ResourceApis.isQuietCloseHelper(name)
        && call.getArguments().stream().anyMatch(this::isVariable);
  }

  private boolean isVariable(ExpressionTree tree) {
    ExpressionTree e = ASTHelpers.stripParentheses(tree);
    return (e.getKind() == Tree.Kind.IDENTIFIER) && ASTHelpers.getSymbol(e) == variable;
  }

  private static boolean isNull(ExpressionTree tree) {
    return ASTHelpers.stripParentheses(tree).getKind() == Tree.Kind.NULL_LITERAL;
  }

  private static boolean isTrue(ExpressionTree condition) {
    return condition != null
        && ASTHelpers.stripParentheses(condition) instanceof LiteralTree literal
        && Boolean.TRUE.equals(literal.getValue());
  }

  private static boolean isLoop(StatementTree statement) {
    return switch (statement.getKind()) {
      case WHILE_LOOP, DO_WHILE_LOOP, FOR_LOOP, ENHANCED_FOR_LOOP -> true;
      default -> false;
    };
  }

  private static String nameOf(javax.lang.model.element.Name label) {
    return label == null ? "" : label.toString();
  }

  private static int close(int s) {
    return PathExits.close(s);
  }
}
