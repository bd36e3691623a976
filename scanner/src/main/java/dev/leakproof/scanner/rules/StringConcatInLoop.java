package dev.leakproof.scanner.rules;

import static com.github.javaparser.ast.expr.Expression.EXCLUDE_ENCLOSED_EXPR;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.model.concat.ConcatModel;
import dev.leakproof.checks.model.concat.CountedLoop;
import dev.leakproof.checks.model.concat.LoopCarriedString;
import dev.leakproof.scanner.engine.Resolution;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.CountedLoops;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.LoopScope;
import dev.leakproof.scanner.rules.syntax.Solver;
import dev.leakproof.scanner.rules.syntax.StringType;
import dev.leakproof.scanner.rules.syntax.StructureLoops;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@code String} carried across the iterations of a loop and extended with {@code +=},
 * {@code s = s + …}, {@code s = … + s} or {@code s = s.concat(…)}: every iteration copies everything built so far.
 *
 * <p>Carried means a local declared outside the loop (and not reset at the start of each
 * iteration) or a field. The finding points at the assignment. Silent when the target might
 * not be a {@code String} (the solver cannot tell), when the loop cannot run twice, for a
 * string declared inside the body, and for assignments that do not reuse the old value.
 *
 * <p>Evidence is gathered cheapest first: the assignment's shape, then an enclosing loop, then
 * the declaration from the file's own syntax, and only then the symbol solver.
 */
public final class StringConcatInLoop implements SourceRule {

  @Override
  public Rule rule() {
    return Rule.STRING_CONCAT_IN_LOOP;
  }

  @Override
  public void check(SourceFile file) {
    for (AssignExpr assign : Trees.findAll(file.unit(), AssignExpr.class)) {
      List<LoopScope> loops = new ArrayList<>();
      for (LoopScope loop : LoopScope.around(assign)) {
        if (loop.canIterateTwice()) {
          loops.add(loop);
        }
      }
      if (loops.isEmpty()) {
        continue; // cheap syntactic filter: no loop around that can run twice
      }
      Expression target = assign.getTarget();
      ConcatModel.judge(new LoopCarriedString() {
        private Optional<Carried> carried;

        @Override
        public boolean extendsItself() {
          return extendsItsTarget(file, assign);
        }

        @Override
        public boolean isOwnStringVariable() {
          carried = VariableLookup.of(target)
              .flatMap(declaration -> stringVariable(file, target, declaration));
          return carried.isPresent();
        }

        @Override
        public boolean carriedAcrossIterations() {
          return loops.stream()
              .anyMatch(loop -> isCarriedAcross(carried.get(), loop, assign, variable()));
        }

        @Override
        public boolean loopTestReadsIt() {
          return loops.stream()
              .filter(loop -> isCarriedAcross(carried.get(), loop, assign, variable()))
              .anyMatch(loop -> exitTest(loop.node())
                  .filter(test -> Trees.findAll(test, Expression.class).stream()
                      .anyMatch(read -> (read instanceof NameExpr
                          || read instanceof FieldAccessExpr) && sameVariable(read, target)))
                  .isPresent());
        }

        @Override
        public boolean readWholeOnEveryIteration() {
          return loops.stream()
              .filter(loop -> isCarriedAcross(carried.get(), loop, assign, variable()))
              .findFirst()
              .map(loop -> loop.statementsOnEveryIteration().stream()
                  .anyMatch(statement -> !isExtensionOf(file, statement, target)
                      && readsWhole(statement, target)))
              .orElse(false);
        }

        @Override
        public OptionalLong fixedIterations() {
          return CountedLoop.inAll(loops.stream()
              .filter(loop -> isCarriedAcross(carried.get(), loop, assign, variable()))
              .map(loop -> CountedLoops.of(loop.node()))
              .toList());
        }

        @Override
        public boolean builtOnlyOnFailure() {
          LoopScope outermost = null;
          for (LoopScope loop : loops) { // innermost first
            if (isCarriedAcross(carried.get(), loop, assign, variable())) {
              outermost = loop;
            }
          }
          return outermost != null && outermost.inCatchBlock();
        }

        @Override
        public boolean boundedByStructure() {
          return loops.stream()
              .filter(loop -> isCarriedAcross(carried.get(), loop, assign, variable()))
              .allMatch(loop -> StructureLoops.iteratesStructure(loop.node(), file));
        }

        @Override
        public String variable() {
          return VariableLookup.variableName(target).orElseThrow();
        }
      }).ifPresent(message -> file.report(rule(), assign, message));
    }
  }

  /** Whether {@code statement} is an extension of the variable itself ({@code s += x;}). */
  private static boolean isExtensionOf(SourceFile file, Statement statement,
      Expression target) {
    return statement instanceof ExpressionStmt expression
        && expression.getExpression() instanceof AssignExpr assign
        && sameVariable(assign.getTarget(), target) && extendsItsTarget(file, assign);
  }

  /**
   * Whether {@code statement}, whenever it runs, reads the whole variable: a read that is not
   * an assignment's target, not only asked for its length or one character, and not inside a
   * nested statement, lambda, class, or an operand that may not be evaluated
   * ({@code a && s.equals(b)}, {@code c ? s : t}).
   */
  private static boolean readsWhole(Statement statement, Expression target) {
    for (Expression read : Trees.findAll(statement, Expression.class,
        e -> (e instanceof NameExpr || e instanceof FieldAccessExpr) && sameVariable(e, target))) {
      if (isWrittenOrMeasured(read) || !alwaysEvaluated(read, statement)) {
        continue;
      }
      return true;
    }
    return false;
  }

  /**
   * Written, only measured, or only copied into a local ({@code last = s;}), which needs none of
   * its characters yet: a builder could be turned into a String when the local is used.
   */
  private static boolean isWrittenOrMeasured(Expression read) {
    Node parent = read.getParentNode().orElse(null);
    if (parent instanceof AssignExpr assign && (assign.getTarget() == read
        || assign.getOperator() == AssignExpr.Operator.ASSIGN && isLocal(assign.getTarget()))) {
      return true;
    }
    if (parent instanceof VariableDeclarator) {
      return true; // String last = s;
    }
    return parent instanceof MethodCallExpr call
        && call.getScope().filter(scope -> scope == read).isPresent()
        && ConcatModel.onlyMeasures(call.getNameAsString());
  }

  private static boolean isLocal(Expression target) {
    return target.isNameExpr() && VariableLookup.of(target)
        .filter(declaration -> declaration.kind() == Declaration.Kind.LOCAL).isPresent();
  }

  private static boolean alwaysEvaluated(Expression read, Statement statement) {
    Node child = read;
    Node n = read.getParentNode().orElse(null);
    while (n != null && n != statement) {
      if (n instanceof Statement || n instanceof LambdaExpr || n instanceof BodyDeclaration<?>) {
        return false;
      }
      if (n instanceof ConditionalExpr conditional && conditional.getCondition() != child) {
        return false;
      }
      if (n instanceof BinaryExpr binary && binary.getRight() == child
          && (binary.getOperator() == BinaryExpr.Operator.AND
              || binary.getOperator() == BinaryExpr.Operator.OR)) {
        return false;
      }
      child = n;
      n = n.getParentNode().orElse(null);
    }
    return n == statement;
  }

  /** The condition a {@code while}, {@code do} or {@code for} loop tests before each iteration. */
  private static Optional<Expression> exitTest(Node loop) {
    if (loop instanceof WhileStmt whileLoop) {
      return Optional.of(whileLoop.getCondition());
    }
    if (loop instanceof DoStmt doLoop) {
      return Optional.of(doLoop.getCondition());
    }
    return loop instanceof ForStmt forLoop ? forLoop.getCompare() : Optional.empty();
  }

  /**
   * {@code s += …}, or {@code s = …} whose right side is a concatenation with {@code s} among its
   * operands, at any depth ({@link ConcatModel#extendsItself}).
   */
  private static boolean extendsItsTarget(SourceFile file, AssignExpr assign) {
    if (VariableLookup.variableName(assign.getTarget()).isEmpty()) {
      return false; // array elements, other objects' fields: not a carried variable we can see
    }
    if (assign.getOperator() == AssignExpr.Operator.PLUS) {
      return true;
    }
    return assign.getOperator() == AssignExpr.Operator.ASSIGN
        && ConcatModel.extendsItself(EXCLUDE_ENCLOSED_EXPR.apply(assign.getValue()),
            value -> concatenated(file, value, assign.getTarget()),
            operand -> sameVariable(operand, assign.getTarget()));
  }

  /**
   * The two operands of a {@code +} or of {@code String.concat} (its receiver and argument;
   * {@link ConcatModel#isStringConcat}), parentheses removed; empty for anything else. Without
   * types: a {@code +} that has the String variable among its operands is a string
   * concatenation, and a numeric one cannot have it. A {@code concat} call's receiver is a
   * {@code String} when it is the assigned variable itself (whose type the rule checks anyway),
   * a string literal, or of a type the solver says is {@code String}.
   */
  private static List<Expression> concatenated(SourceFile file, Expression expression,
      Expression target) {
    if (expression instanceof BinaryExpr sum && sum.getOperator() == BinaryExpr.Operator.PLUS) {
      return List.of(EXCLUDE_ENCLOSED_EXPR.apply(sum.getLeft()),
          EXCLUDE_ENCLOSED_EXPR.apply(sum.getRight()));
    }
    if (expression instanceof MethodCallExpr call && call.getScope().isPresent()
        && ConcatModel.isStringConcat(call.getNameAsString(), call.getArguments().size(),
            () -> isString(file, EXCLUDE_ENCLOSED_EXPR.apply(call.getScope().get()), target))) {
      return List.of(EXCLUDE_ENCLOSED_EXPR.apply(call.getScope().get()),
          EXCLUDE_ENCLOSED_EXPR.apply(call.getArgument(0)));
    }
    return List.of();
  }

  private static boolean isString(SourceFile file, Expression receiver, Expression target) {
    return sameVariable(receiver, target) || receiver instanceof StringLiteralExpr
        || receiver instanceof TextBlockLiteralExpr
        || file.resolution().typeOf(receiver).map(Resolution::isString).orElse(false);
  }

  /** Whether two references ({@code s}, {@code this.s}) mean the same variable. */
  private static boolean sameVariable(Expression a, Expression b) {
    Optional<String> nameA = VariableLookup.variableName(a);
    if (nameA.isEmpty() || !nameA.equals(VariableLookup.variableName(b))) {
      return false;
    }
    if (a.getClass() == b.getClass()) {
      return a.toString().equals(b.toString()); // same spelling at the same place
    }
    Optional<Node> declA = VariableLookup.of(a).flatMap(Declaration::node);
    Optional<Node> declB = VariableLookup.of(b).flatMap(Declaration::node);
    return declA.isPresent() && declB.isPresent() && declA.get() == declB.get();
  }

  /** A String variable extended in a loop: where it is declared, if in this file. */
  private record Carried(boolean field, Optional<Node> declaration) {}

  private static Optional<Carried> stringVariable(SourceFile file, Expression target,
      Declaration declaration) {
    switch (declaration.kind()) {
      case LOCAL:
      case FIELD: {
        Node node = declaration.node().orElseThrow();
        boolean string = isDeclaredString(file, target, node);
        return string
            ? Optional.of(new Carried(declaration.kind() == Declaration.Kind.FIELD,
                declaration.node()))
            : Optional.empty();
      }
      case ELSEWHERE: {
        // An inherited field or a static import: only the solver can tell what it is.
        Resolution resolution = file.resolution();
        Optional<ResolvedValueDeclaration> resolved = resolution.declarationOf(target);
        boolean stringField = resolved.isPresent() && isFieldOfTypeString(resolved.get());
        return stringField ? Optional.of(new Carried(true, Optional.empty())) : Optional.empty();
      }
      default:
        return Optional.empty();
    }
  }

  private static boolean isFieldOfTypeString(ResolvedValueDeclaration declaration) {
    return Solver.ask(() -> declaration.isField() && Resolution.isString(declaration.getType()))
        .orElse(false); // the field's type is out of reach: stay silent
  }

  private static boolean isDeclaredString(SourceFile file, Expression target, Node declaration) {
    if (declaration instanceof VariableDeclarator variable) {
      Type type = variable.getType();
      if (!type.isVarType()) {
        return StringType.is(type, file.unit());
      }
      Optional<Expression> init = variable.getInitializer();
      if (init.isEmpty()) {
        return false;
      }
      Expression value = EXCLUDE_ENCLOSED_EXPR.apply(init.get());
      if (value instanceof StringLiteralExpr || value instanceof TextBlockLiteralExpr) {
        return true;
      }
      return file.resolution().typeOf(value).map(Resolution::isString).orElse(false);
    }
    if (declaration instanceof Parameter parameter) {
      if (parameter.isVarArgs()) {
        return false;
      }
      if (parameter.getType().isUnknownType()) { // an implicitly typed lambda parameter
        return file.resolution().typeOf(target).map(Resolution::isString).orElse(false);
      }
      return StringType.is(parameter.getType(), file.unit());
    }
    return false;
  }

  /**
   * Whether the variable's value survives from one iteration of {@code loop} to the next: it is
   * not declared afresh in the body, and the body does not reset it with a value that does not
   * build on the old one ({@code label = "["; label += name;}).
   */
  private static boolean isCarriedAcross(Carried carried, LoopScope loop, AssignExpr assign,
      String name) {
    if (!carried.field() && carried.declaration()
        .map(loop::declaresAfreshEachIteration).orElse(true)) {
      return false;
    }
    if (leavesLoopRightAfter(assign, loop)) {
      return false; // the extended value never reaches a next iteration: it runs at most once
    }
    Node body = loop.body();
    Node child = assign;
    for (Node n = assign.getParentNode().orElse(null); n != null && LoopScope.isWithin(n, body);
        child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof BlockStmt block) {
        for (Statement statement : block.getStatements()) {
          if (statement != child && isReset(statement, assign.getTarget(), name)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether the statement after the assignment leaves {@code loop}: a {@code return} or
   * {@code throw}, or an unlabelled {@code break} whose nearest breakable statement is this loop
   * ({@code name += "%"; break;}). Then the extension runs at most once per run of the loop.
   */
  private static boolean leavesLoopRightAfter(AssignExpr assign, LoopScope loop) {
    Optional<Node> statement = assign.getParentNode().filter(p -> p instanceof ExpressionStmt);
    Optional<Node> holder = statement.flatMap(Node::getParentNode);
    if (statement.isEmpty() || holder.isEmpty()) {
      return false;
    }
    List<Statement> siblings = holder.get() instanceof BlockStmt block ? block.getStatements()
        : holder.get() instanceof SwitchEntry entry ? entry.getStatements() : List.of();
    int at = siblings.indexOf((Statement) statement.get());
    if (at < 0 || at + 1 >= siblings.size()) {
      return false;
    }
    Statement next = siblings.get(at + 1);
    if (next instanceof ReturnStmt || next instanceof ThrowStmt) {
      return true;
    }
    return next instanceof BreakStmt brk && brk.getLabel().isEmpty()
        && nearestBreakable(brk) == loop.node();
  }

  /** The loop or switch an unlabelled {@code break} at {@code node} leaves. */
  private static Node nearestBreakable(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt
          || n instanceof DoStmt || n instanceof SwitchStmt) {
        return n;
      }
      if (n instanceof LambdaExpr || n instanceof BodyDeclaration<?>) {
        return null;
      }
    }
    return null;
  }

  /** {@code s = <something that does not read s>;} as a statement of its own. */
  private static boolean isReset(Statement statement, Expression target, String name) {
    if (!(statement instanceof ExpressionStmt expression)
        || !(expression.getExpression() instanceof AssignExpr assign)
        || assign.getOperator() != AssignExpr.Operator.ASSIGN
        || !sameVariable(assign.getTarget(), target)) {
      return false;
    }
    boolean readsItself = Trees.findFirst(assign.getValue(), Expression.class, e ->
        (e instanceof NameExpr n && n.getNameAsString().equals(name))
            || (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                && f.getNameAsString().equals(name))).isPresent();
    return !readsItself;
  }
}
