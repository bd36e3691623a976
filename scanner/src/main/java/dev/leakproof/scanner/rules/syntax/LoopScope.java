package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.leakproof.checks.model.concat.ConcatModel;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Something that runs the same code once per iteration: a {@code for}, enhanced {@code for},
 * {@code while} or {@code do} loop, or a lambda passed to {@code forEach}/{@code forEachOrdered}
 * (which runs once per element).
 */
public final class LoopScope {

  private final Node loop;

  private LoopScope(Node loop) {
    this.loop = loop;
  }

  /**
   * The loops that run {@code node} once per iteration, innermost first, up to the enclosing
   * method, initializer or lambda (a lambda's body runs when it is called, not when the loop
   * around its creation iterates; a {@code forEach} lambda is itself a loop and ends the walk).
   */
  public static List<LoopScope> around(Node node) {
    List<LoopScope> loops = new ArrayList<>();
    Node child = node;
    for (Node n = parent(node); n != null; child = n, n = parent(n)) {
      if (n instanceof LambdaExpr lambda) {
        if (isForEachArgument(lambda)) {
          loops.add(new LoopScope(lambda));
        }
        break;
      }
      if (n instanceof BodyDeclaration<?>) {
        break;
      }
      if (repeats(n, child)) {
        loops.add(new LoopScope(n));
      }
    }
    return loops;
  }

  /** Whether the part {@code child} of {@code n} runs on every iteration of loop {@code n}. */
  private static boolean repeats(Node n, Node child) {
    if (n instanceof ForStmt loop) {
      return child == loop.getBody() || loop.getCompare().map(c -> c == child).orElse(false)
          || loop.getUpdate().stream().anyMatch(u -> u == child);
    }
    if (n instanceof ForEachStmt loop) {
      return child == loop.getBody();
    }
    if (n instanceof WhileStmt loop) {
      return child == loop.getBody() || child == loop.getCondition();
    }
    if (n instanceof DoStmt loop) {
      return child == loop.getBody() || child == loop.getCondition();
    }
    return false;
  }

  private static boolean isForEachArgument(LambdaExpr lambda) {
    return lambda.getParentNode()
        .filter(p -> p instanceof MethodCallExpr)
        .map(p -> (MethodCallExpr) p)
        .filter(call -> ConcatModel.runsLambdaPerElement(call.getNameAsString()))
        .filter(call -> call.getArguments().stream().anyMatch(a -> a == lambda))
        .isPresent();
  }

  /** The loop statement or the {@code forEach} lambda. */
  public Node node() {
    return loop;
  }

  /** What to call it in a message: "for loop", "forEach lambda", … */
  public String describe() {
    if (loop instanceof ForStmt) {
      return "for loop";
    }
    if (loop instanceof ForEachStmt) {
      return "enhanced for loop";
    }
    if (loop instanceof WhileStmt) {
      return "while loop";
    }
    if (loop instanceof DoStmt) {
      return "do-while loop";
    }
    return "forEach lambda";
  }

  /** The part that runs once per iteration: the body (and a lambda's parameters). */
  public Node body() {
    if (loop instanceof ForStmt f) {
      return f.getBody();
    }
    if (loop instanceof ForEachStmt f) {
      return f.getBody();
    }
    if (loop instanceof WhileStmt w) {
      return w.getBody();
    }
    if (loop instanceof DoStmt d) {
      return d.getBody();
    }
    return ((LambdaExpr) loop).getBody();
  }

  /**
   * Whether {@code declaration} is made afresh on every iteration: inside the body, the
   * enhanced-for variable, a forEach lambda's parameter. A for-loop's own initializer is not:
   * it runs once and its variables are carried.
   */
  public boolean declaresAfreshEachIteration(Node declaration) {
    if (loop instanceof ForEachStmt f && isWithin(declaration, f.getVariable())) {
      return true;
    }
    if (loop instanceof LambdaExpr) {
      return isWithin(declaration, loop);
    }
    return isWithin(declaration, body());
  }

  /**
   * Whether the loop can run its body a second time. It cannot when the body ends in an
   * unconditional {@code break}, {@code return} or {@code throw} and nothing {@code continue}s
   * it, or when it is a {@code do … while (false)}.
   */
  public boolean canIterateTwice() {
    if (loop instanceof LambdaExpr) {
      return true;
    }
    if (loop instanceof DoStmt d && d.getCondition() instanceof BooleanLiteralExpr b
        && !b.getValue()) {
      return false;
    }
    Statement body = (Statement) body();
    Statement last = body;
    if (body instanceof BlockStmt block) {
      if (block.getStatements().isEmpty()) {
        return true;
      }
      last = block.getStatements().getLast().orElseThrow();
    }
    boolean endsInExit = last instanceof BreakStmt || last instanceof ReturnStmt
        || last instanceof ThrowStmt;
    return !endsInExit || isContinued();
  }

  /** Whether some {@code continue} in the body starts this loop's next iteration. */
  private boolean isContinued() {
    return continuesThis(body());
  }

  /** Whether {@code part} of the body holds a {@code continue} that starts this loop's next iteration. */
  private boolean continuesThis(Node part) {
    Optional<String> label = loop.getParentNode()
        .filter(p -> p instanceof LabeledStmt)
        .map(p -> ((LabeledStmt) p).getLabel().getIdentifier());
    for (ContinueStmt c : Trees.findAll(part, ContinueStmt.class)) {
      boolean targetsThis = c.getLabel()
          .map(l -> label.isPresent() && label.get().equals(l.getIdentifier()))
          .orElseGet(() -> innermostLoopOf(c) == loop);
      if (targetsThis) {
        return true;
      }
    }
    return false;
  }

  /**
   * The statements of the body that run on every iteration that goes on to the next: the body's
   * own top-level statements, up to and including the first that can start the next iteration
   * early (a {@code continue} of this loop, or a {@code return} in a {@code forEach} lambda). A
   * statement that leaves the loop ({@code break}, {@code return}, {@code throw}) ends no
   * iteration that goes on, so it does not cut the list.
   */
  public List<Statement> statementsOnEveryIteration() {
    Node body = body();
    List<Statement> statements = body instanceof BlockStmt block
        ? block.getStatements() : body instanceof Statement single ? List.of(single) : List.of();
    List<Statement> every = new ArrayList<>();
    for (Statement statement : statements) {
      every.add(statement);
      boolean endsIterationEarly = loop instanceof LambdaExpr
          ? Trees.findFirst(statement, ReturnStmt.class,
          r -> enclosingLambdaOrBody(r) == loop).isPresent()
          : continuesThis(statement);
      if (endsIterationEarly) {
        break;
      }
    }
    return every;
  }

  private static Node enclosingLambdaOrBody(Node node) {
    for (Node n = parent(node); n != null; n = parent(n)) {
      if (n instanceof LambdaExpr || n instanceof BodyDeclaration<?>) {
        return n;
      }
    }
    return null;
  }

  private static Node innermostLoopOf(ContinueStmt c) {
    Node child = c;
    for (Node n = parent(c); n != null; child = n, n = parent(n)) {
      if (repeats(n, child)) {
        return n;
      }
      if (n instanceof LambdaExpr || n instanceof BodyDeclaration<?>) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether this loop lies in the block of a {@code catch} of its own method: not in a
   * {@code try} body or a {@code finally} block only, and not beyond a lambda or a class, whose
   * code runs when it is called, not when the {@code catch} does. A {@code forEach} lambda
   * answers no (it runs when {@code forEach} calls it).
   */
  public boolean inCatchBlock() {
    if (loop instanceof LambdaExpr) {
      return false;
    }
    Node child = loop;
    for (Node n = parent(loop); n != null; child = n, n = parent(n)) {
      if (n instanceof LambdaExpr || n instanceof BodyDeclaration<?>) {
        return false;
      }
      if (n instanceof CatchClause catchClause && catchClause.getBody() == child) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code node} is {@code ancestor} or inside it. */
  public static boolean isWithin(Node node, Node ancestor) {
    for (Node n = node; n != null; n = parent(n)) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static Node parent(Node node) {
    return node.getParentNode().orElse(null);
  }

  @Override
  public String toString() {
    return describe() + " " + loop.getRange().map(Object::toString).orElse("");
  }
}
