package dev.leakproof.scanner.rules.resource;

import static dev.leakproof.checks.paths.PathExits.CLOSED;
import static dev.leakproof.checks.paths.PathExits.OPEN;
import static dev.leakproof.checks.paths.PathExits.UNOPENED;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
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
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.paths.PathExits;
import java.util.List;

/**
 * Follows one resource, held in a local variable, along every path of a body: normal
 * completion, {@code return}, {@code break}, {@code continue} and exceptions, through {@code if},
 * loops, {@code switch}, {@code try}/{@code catch}/{@code finally} and try-with-resources. The
 * same walk as the Error Prone engine's, on JavaParser's AST.
 *
 * <p>The state on a path is a set (bit mask) of: not acquired (or no longer held), open, closed.
 * Every call or {@code new} may throw, sending the current state to the exception exit. Code the
 * walk does not model throws {@link Unsupported}; the rule then stays silent.
 */
public final class ResourcePathWalk {

  /** Thrown on code the walk does not model. */
  public static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** How the walk ended at the body's exits. */
  public record Verdict(boolean leaksOnNormalPath, boolean leaksOnException,
      List<Node> leakingThrows) {}



  private final String variable;
  private final Expression acquisition;
  private boolean lostWhileOpen;

  private ResourcePathWalk(String variable, Expression acquisition) {
    this.variable = variable;
    this.acquisition = acquisition;
  }

  /** Walks {@code body} for the resource {@code acquisition} stores in local {@code variable}. */
  public static Verdict analyse(BlockStmt body, String variable, Expression acquisition) {
    ResourcePathWalk walk = new ResourcePathWalk(variable, acquisition);
    PathExits<Node> exits = new PathExits<>();
    int normal = exits.nonExceptionalExits(walk.exec(body, UNOPENED, exits, ""));
    return new Verdict(walk.lostWhileOpen || (normal & OPEN) != 0,
        (exits.thrown() & OPEN) != 0, exits.throwSites());
  }

  private int exec(Statement statement, int in, PathExits<Node> exits, String label) {
    if (in == 0 || statement == null) {
      return in;
    }
    if (statement instanceof BlockStmt block) {
      int s = in;
      for (Statement inner : block.getStatements()) {
        s = exec(inner, s, exits, "");
      }
      return s;
    }
    if (statement instanceof ExpressionStmt e) {
      return eval(e.getExpression(), in, exits);
    }
    if (statement.isEmptyStmt() || statement.isLocalClassDeclarationStmt()
        || statement.isLocalRecordDeclarationStmt() || statement.isAssertStmt()) {
      return in;
    }
    if (statement instanceof IfStmt ifStmt) {
      return execIf(ifStmt, in, exits);
    }
    if (statement instanceof ReturnStmt ret) {
      exits.addReturn(ret.getExpression().map(e -> eval(e, in, exits)).orElse(in));
      return 0;
    }
    if (statement instanceof ThrowStmt throwStmt) {
      exits.addThrow(eval(throwStmt.getExpression(), in, exits), statement);
      return 0;
    }
    if (statement instanceof BreakStmt br) {
      exits.addBreak(br.getLabel().map(Node::toString).orElse(""), in);
      return 0;
    }
    if (statement instanceof ContinueStmt cont) {
      exits.addContinue(cont.getLabel().map(Node::toString).orElse(""), in);
      return 0;
    }
    if (statement instanceof LabeledStmt labeled) {
      String name = labeled.getLabel().asString();
      Statement inner = labeled.getStatement();
      if (isLoop(inner)) {
        return exec(inner, in, exits, name);
      }
      PathExits<Node> body = new PathExits<>();
      int s = exec(inner, in, body, "");
      body.forwardTo(exits, false, name, true);
      return s | body.consumedBreaks(false, name);
    }
    if (statement instanceof SynchronizedStmt sync) {
      return exec(sync.getBody(), eval(sync.getExpression(), in, exits), exits, "");
    }
    if (statement instanceof ExplicitConstructorInvocationStmt call) {
      int s = in;
      for (Expression argument : call.getArguments()) {
        s = eval(argument, s, exits);
      }
      exits.addThrow(s, call);
      return s;
    }
    if (isLoop(statement)) {
      return execLoop(statement, in, exits, label);
    }
    if (statement instanceof TryStmt tryStmt) {
      return execTry(tryStmt, in, exits);
    }
    if (statement instanceof SwitchStmt switchStmt) {
      return execSwitch(switchStmt, in, exits);
    }
    throw new Unsupported(statement.getClass().getSimpleName());
  }

  private int execIf(IfStmt tree, int in, PathExits<Node> exits) {
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
    int then = exec(tree.getThenStmt(), thenIn, exits, "");
    int otherwise = tree.getElseStmt().isEmpty()
        ? elseIn : exec(tree.getElseStmt().get(), elseIn, exits, "");
    return then | otherwise;
  }

  private Boolean nullTest(Expression condition) {
    Expression c = Acquisitions.unwrap(condition);
    if (!(c instanceof BinaryExpr binary)
        || (binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS
            && binary.getOperator() != BinaryExpr.Operator.EQUALS)) {
      return null;
    }
    boolean variableVsNull = (isVariable(binary.getLeft()) && isNull(binary.getRight()))
        || (isVariable(binary.getRight()) && isNull(binary.getLeft()));
    return variableVsNull ? binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS : null;
  }

  private int execLoop(Statement loop, int in, PathExits<Node> exits, String label) {
    Expression condition = null;
    Statement body;
    List<Expression> updates = List.of();
    boolean conditionFirst = true;
    boolean endless;
    int head = in;
    if (loop instanceof WhileStmt w) {
      condition = w.getCondition();
      body = w.getBody();
      endless = isTrue(condition);
    } else if (loop instanceof DoStmt d) {
      condition = d.getCondition();
      body = d.getBody();
      conditionFirst = false;
      endless = isTrue(condition);
    } else if (loop instanceof ForStmt f) {
      for (Expression init : f.getInitialization()) {
        head = eval(init, head, exits);
      }
      condition = f.getCompare().orElse(null);
      body = f.getBody();
      updates = f.getUpdate();
      endless = condition == null || isTrue(condition);
    } else {
      ForEachStmt forEach = (ForEachStmt) loop;
      head = eval(forEach.getIterable(), head, exits);
      body = forEach.getBody();
      endless = false;
    }
    int exit = 0;
    for (int round = 0; round < 8; round++) {
      int bodyIn = head;
      if (conditionFirst && condition != null) {
        bodyIn = eval(condition, head, exits);
      }
      if (conditionFirst && !endless) {
        exit |= bodyIn;
      }
      PathExits<Node> inner = new PathExits<>();
      int end = exec(body, bodyIn, inner, "");
      inner.forwardTo(exits, true, label, true);
      exit |= inner.consumedBreaks(true, label);
      int next = end | inner.consumedContinues(label);
      for (Expression update : updates) {
        next = eval(update, next, exits);
      }
      if (!conditionFirst) {
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

  private int execTry(TryStmt tree, int in, PathExits<Node> exits) {
    PathExits<Node> body = new PathExits<>();
    int s = in;
    boolean closesVariable = false;
    for (Expression resource : tree.getResources()) {
      if (isVariable(resource)) {
        closesVariable = true; // try (in) { ... } closes it on every exit
      } else {
        s = eval(resource, s, body);
      }
    }
    int normal = exec(tree.getTryBlock(), s, body, "");
    if (closesVariable) {
      normal = PathExits.close(normal);
      body.closeOnEveryExit();
    }
    PathExits<Node> afterCatches = new PathExits<>();
    int thrownIntoCatch = body.thrown();
    List<Node> sites = body.throwSites();
    body.forwardTo(afterCatches, false, null, false);
    PathExits<Node> fromCatches = new PathExits<>();
    boolean catchesAll = false;
    for (CatchClause handler : tree.getCatchClauses()) {
      String caught = handler.getParameter().getType().asString();
      catchesAll |= caught.equals("Throwable") || caught.equals("Exception")
          || caught.equals("RuntimeException") || caught.equals("java.lang.Throwable")
          || caught.equals("java.lang.Exception") || caught.equals("java.lang.RuntimeException");
      if (thrownIntoCatch != 0) {
        normal |= exec(handler.getBody(), thrownIntoCatch, fromCatches, "");
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
    if (tree.getFinallyBlock().isEmpty()) {
      afterCatches.forwardTo(exits, false, null, true);
      return normal;
    }
    BlockStmt finallyBlock = tree.getFinallyBlock().get();
    // The finally block runs on every exit; each exit goes on with the state it leaves.
    int result = normal == 0 ? 0 : exec(finallyBlock, normal, exits, "");
    afterCatches.throughFinally(state -> exec(finallyBlock, state, exits, ""), exits);
    return result;
  }

  private int execSwitch(SwitchStmt tree, int in, PathExits<Node> exits) {
    int selected = eval(tree.getSelector(), in, exits);
    PathExits<Node> inner = new PathExits<>();
    int fallthrough = 0;
    boolean hasDefault = false;
    for (SwitchEntry entry : tree.getEntries()) {
      if (entry.getType() != SwitchEntry.Type.STATEMENT_GROUP) {
        throw new Unsupported("switch with arrow cases");
      }
      hasDefault |= entry.isDefault() || entry.getLabels().isEmpty();
      int s = selected | fallthrough;
      for (Statement statement : entry.getStatements()) {
        s = exec(statement, s, inner, "");
      }
      fallthrough = s;
    }
    inner.forwardTo(exits, false, "", true); // a plain break leaves the switch
    return fallthrough | inner.consumedBreaks(false, "") | (hasDefault ? 0 : selected);
  }

  /** Evaluates {@code node} in (roughly) evaluation order; returns the state after it. */
  private int eval(Node node, int in, PathExits<Node> exits) {
    if (in == 0 || node == null) {
      return in;
    }
    if (node instanceof LambdaExpr || node instanceof MethodReferenceExpr
        || node instanceof TypeDeclaration<?>) {
      return in; // runs later, if at all
    }
    if (node instanceof SwitchExpr) {
      throw new Unsupported("switch expression");
    }
    if (node instanceof MethodCallExpr call) {
      int s = in;
      if (call.getScope().isPresent()) {
        s = eval(call.getScope().get(), s, exits);
      }
      for (Expression argument : call.getArguments()) {
        s = eval(argument, s, exits);
      }
      if (releases(call)) {
        s = close(s);
      }
      if (!ResourceApis.isQuietCloseHelper(call.getNameAsString())) {
        exits.addThrow(s, call); // a quiet-close helper swallows what close() throws
      }
      return acquired(call, s);
    }
    if (node instanceof ObjectCreationExpr creation) {
      int s = in;
      if (creation.getScope().isPresent()) {
        s = eval(creation.getScope().get(), s, exits);
      }
      for (Expression argument : creation.getArguments()) {
        s = eval(argument, s, exits);
      }
      exits.addThrow(s, creation);
      return acquired(creation, s);
    }
    if (node instanceof AssignExpr assign) {
      int s = eval(assign.getValue(), in, exits);
      if (isVariable(assign.getTarget())
          && Acquisitions.unwrap(assign.getValue()) != acquisition) {
        if ((s & OPEN) != 0) {
          lostWhileOpen = true; // the only reference to an open resource is overwritten
        }
        return UNOPENED;
      }
      return eval(assign.getTarget(), s, exits);
    }
    if (node instanceof VariableDeclarationExpr declaration) {
      int s = in;
      for (VariableDeclarator declarator : declaration.getVariables()) {
        if (declarator.getInitializer().isPresent()) {
          s = eval(declarator.getInitializer().get(), s, exits);
        }
      }
      return s;
    }
    if (node instanceof ConditionalExpr conditional) {
      int s = eval(conditional.getCondition(), in, exits);
      return eval(conditional.getThenExpr(), s, exits) | eval(conditional.getElseExpr(), s, exits);
    }
    if (node instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND
        || binary.getOperator() == BinaryExpr.Operator.OR)) {
      int s = eval(binary.getLeft(), in, exits);
      return s | eval(binary.getRight(), s, exits);
    }
    int s = in;
    for (Node child : node.getChildNodes()) {
      s = eval(child, s, exits);
    }
    return s;
  }

  private int acquired(Expression expression, int s) {
    if (expression != acquisition) {
      return s;
    }
    if ((s & OPEN) != 0) {
      lostWhileOpen = true; // acquired again before the previous one was closed
    }
    return OPEN;
  }

  /** {@code v.close()}, or {@code closeQuietly(v)} and the like. */
  private boolean releases(MethodCallExpr call) {
    if (ResourceApis.isCloseMethod(call.getNameAsString()) && call.getArguments().isEmpty()) {
      return call.getScope().map(this::isVariable).orElse(false);
    }
    return ResourceApis.isQuietCloseHelper(call.getNameAsString())
        && call.getArguments().stream().anyMatch(this::isVariable);
  }

  private boolean isVariable(Expression expression) {
    Expression e = expression;
    while (e instanceof EnclosedExpr enclosed) {
      e = enclosed.getInner();
    }
    return e instanceof NameExpr name && name.getNameAsString().equals(variable);
  }

  private static boolean isNull(Expression expression) {
    return Acquisitions.unwrap(expression) instanceof NullLiteralExpr;
  }

  private static boolean isTrue(Expression condition) {
    return condition != null
        && Acquisitions.unwrap(condition) instanceof BooleanLiteralExpr literal
        && literal.getValue();
  }

  private static boolean isLoop(Statement statement) {
    return statement instanceof WhileStmt || statement instanceof DoStmt
        || statement instanceof ForStmt || statement instanceof ForEachStmt;
  }

  private static int close(int s) {
    return PathExits.close(s);
  }
}
