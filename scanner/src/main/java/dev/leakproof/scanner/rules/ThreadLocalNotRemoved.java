package dev.leakproof.scanner.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Effect;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import dev.leakproof.checks.model.threadlocal.HelperField;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import dev.leakproof.checks.model.threadlocal.ThreadLocalPut;
import dev.leakproof.checks.model.threadlocal.ValueType;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.BufferMentions;
import dev.leakproof.scanner.rules.syntax.FinallyCoverage;
import dev.leakproof.scanner.rules.syntax.JavaParserTree;
import dev.leakproof.scanner.rules.syntax.KnownType;
import dev.leakproof.scanner.rules.syntax.OwnHelperClasses;
import dev.leakproof.scanner.rules.syntax.ThreadLocalCalls;
import dev.leakproof.scanner.rules.syntax.ThreadLocalCalls.Call;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A value put into a static {@code ThreadLocal} declared in this file ({@code set(v)}, or
 * {@code get()} on one with an initial value) that is not taken out again on every path.
 *
 * <p>Flagged when the top-level class never removes that thread-local, or when the method (or
 * lambda) that sets it also takes it out, but not in a {@code finally} whose {@code try}
 * directly follows or encloses the {@code set}. Silent for instance-field and local
 * thread-locals, for thread-locals declared in other files, and when another method of the
 * class removes the value (a begin/end pair). A populating {@code get()} is judged only by the
 * first criterion. The finding points at the call.
 */
public final class ThreadLocalNotRemoved implements SourceRule {
  @Override
  public Rule rule() {
    return Rule.THREAD_LOCAL_NOT_REMOVED;
  }

  @Override
  public void check(SourceFile file) {
    for (MethodCallExpr call : Trees.findAll(file.unit(), MethodCallExpr.class)) {
      Operation operation =
          ThreadLocalApis.byName(call.getNameAsString(), call.getArguments().size());
      if (operation != Operation.SET && operation != Operation.GET) {
        continue; // cheap syntactic filter first
      }
      Optional<Call> found = ThreadLocalCalls.of(file, call);
      if (found.isEmpty() || found.get().effect() != Effect.PUTS_IN) {
        continue;
      }
      Optional<Node> topLevel = Trees.topLevelType(call);
      Optional<Node> scope = enclosingScope(call);
      if (topLevel.isEmpty() || scope.isEmpty()
          || !topLevel.equals(Trees.topLevelType(found.get().field()))) {
        continue;
      }
      check(file, found.get(), topLevel.get(), scope.get());
    }
  }

  private void check(SourceFile file, Call call, Node topLevel, Node scope) {
    ThreadLocalModel.judge(new ThreadLocalPut() {
      @Override
      public String field() {
        return call.field().getNameAsString();
      }

      @Override
      public Operation operation() {
        return call.operation();
      }

      @Override
      public ValueType valueType() {
        return ThreadLocalCalls.valueType(file, call.field());
      }

      @Override
      public List<String> threadLocalClasses() {
        return ThreadLocalCalls.createdClasses(file, call.field());
      }

      @Override
      public boolean takenOutLaterInScope() {
        // Only a removal that can run after this set counts: one in the other branch of an if
        // (a setter that removes on null) leaves the method to the class-level criterion.
        return ownCalls(file, scope, call).stream()
            .anyMatch(c -> c.effect().takesOut()
                && JavaParserTree.mayFollow(call.call(), c.call()));
      }

      @Override
      public boolean takenOutOnEveryPath() {
        return FinallyCoverage.covered(call.call(), scope, block -> cleansIn(file, block, call));
      }

      @Override
      public boolean setInSubmittedTask() {
        return scope instanceof LambdaExpr task
            && task.getParentNode().orElse(null) instanceof MethodCallExpr submit
            && submit.getArguments().stream().anyMatch(argument -> argument == task)
            && submit.getScope()
                .flatMap(executor -> KnownType.ofVariable(executor, file.unit()))
                .filter(type -> ThreadLocalApis.runsTaskOnPoolThread(type, submit.getNameAsString()))
                .isPresent();
      }

      @Override
      public boolean classTakesOut() {
        return ThreadLocalModel.classTakesOut(
            ThreadLocalCalls.on(file, topLevel, call.field()).stream()
                .anyMatch(c -> c.effect().takesOut()),
            () -> ThreadLocalCalls.returnsPreviousValue(file, topLevel, call.field()),
            () -> ThreadLocalCalls.takenOutThroughSetter(file, topLevel, call.field()));
      }

      @Override
      public boolean elementsTakenOutOnEveryPath() {
        return keptEmpty(file, topLevel, call);
      }

      @Override
      public boolean elementsTakenOutByPairedMethod() {
        return pairedMethods(file, topLevel, call);
      }

      @Override
      public boolean setsNewEmptyCollection() {
        return createdEmpty(call.call().getArgument(0));
      }

      @Override
      public boolean emptiedForEachRecord() {
        List<Call> gets = ThreadLocalCalls.on(file, topLevel, call.field()).stream()
            .filter(c -> c.operation() == Operation.GET).toList();
        return new BufferMentions(file, topLevel)
            .emptiedBeforeEveryFill(gets.stream().map(Call::call).toList());
      }

      @Override
      public Optional<List<HelperField>> ownHelperFields() {
        return OwnHelperClasses.fields(file.unit(), topLevel, valueType());
      }
    }).ifPresent(message -> file.report(rule(), call.call(), message));
  }

  /** {@link ThreadLocalModel#elementsTakenOutOnEveryPath} over the class's {@code F.get()}s. */
  private static boolean keptEmpty(SourceFile file, Node topLevel, Call put) {
    List<Optional<MethodCallExpr>> callsOnGets = ThreadLocalCalls.on(file, topLevel, put.field())
        .stream().filter(get -> get.operation() == Operation.GET)
        .map(get -> collectionCallOn(get.call())).toList();
    return ThreadLocalModel.elementsTakenOutOnEveryPath(callsOnGets,
        use -> CollectionApis.effectOf(use.getNameAsString()) == CollectionApis.Effect.ADDS,
        use -> enclosingScope(use).filter(scope -> FinallyCoverage.covered(use, scope,
            block -> takesElementOut(file, block, put))).isPresent());
  }

  /** {@link ThreadLocalModel#createdEmpty}, directly or through assignments. */
  private static boolean createdEmpty(Expression value) {
    Expression v = value;
    while (v instanceof EnclosedExpr || v instanceof AssignExpr assign
        && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
      v = v instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((AssignExpr) v).getValue();
    }
    return v instanceof ObjectCreationExpr created && ThreadLocalModel.createdEmpty(
        created.getArguments().size(), created.getAnonymousClassBody().isPresent());
  }

  /**
   * Whether the class adds to the thread-local's collection in some methods and takes elements
   * out in others, never both in one: each method's (or lambda's) calls on what {@code F.get()}
   * returns, directly or through a local it is stored in.
   */
  private static boolean pairedMethods(SourceFile file, Node topLevel, Call put) {
    Map<Node, Set<CollectionApis.Effect>> effects = new IdentityHashMap<>();
    for (Call get : ThreadLocalCalls.on(file, topLevel, put.field())) {
      Optional<Node> scope = enclosingScope(get.call());
      if (get.operation() != Operation.GET || scope.isEmpty()) {
        continue;
      }
      for (MethodCallExpr use : collectionCallsOn(get.call(), scope.get())) {
        effects.computeIfAbsent(scope.get(), s -> EnumSet.noneOf(CollectionApis.Effect.class))
            .add(CollectionApis.effectOf(use.getNameAsString()));
      }
    }
    return ThreadLocalModel.pairedAcrossMethods(effects.values());
  }

  /** The calls on {@code get}'s value: {@code F.get().push(x)}, or on a local holding it in {@code scope}. */
  private static List<MethodCallExpr> collectionCallsOn(MethodCallExpr get, Node scope) {
    Optional<MethodCallExpr> direct = collectionCallOn(get);
    if (direct.isPresent()) {
      return List.of(direct.get());
    }
    Node parent = get.getParentNode().orElse(null);
    String local = parent instanceof VariableDeclarator declarator ? declarator.getNameAsString()
        : parent instanceof AssignExpr assign && assign.getValue() == get
            && assign.getTarget() instanceof NameExpr target ? target.getNameAsString() : null;
    if (local == null) {
      return List.of();
    }
    return Trees.findAll(scope, MethodCallExpr.class, call -> call.getScope()
        .filter(receiver -> receiver instanceof NameExpr name
            && name.getNameAsString().equals(local)).isPresent()
        && enclosingScope(call).filter(s -> s == scope).isPresent());
  }

  /** The call whose receiver is {@code get} itself ({@code F.get().put(k, v)}). */
  private static Optional<MethodCallExpr> collectionCallOn(MethodCallExpr get) {
    return get.getParentNode()
        .filter(parent -> parent instanceof MethodCallExpr use
            && use.getScope().filter(scope -> scope == get).isPresent())
        .map(MethodCallExpr.class::cast);
  }

  private static boolean takesElementOut(SourceFile file, Node cleanup, Call put) {
    return ThreadLocalCalls.on(file, cleanup, put.field()).stream()
        .filter(c -> c.operation() == Operation.GET)
        .map(c -> collectionCallOn(c.call()))
        .flatMap(Optional::stream)
        .anyMatch(use -> CollectionApis.effectOf(use.getNameAsString())
            == CollectionApis.Effect.REMOVES);
  }

  private static boolean cleansIn(SourceFile file, Node cleanup, Call call) {
    return ownCalls(file, cleanup, call).stream().anyMatch(c -> c.effect().takesOut());
  }

  /** Calls on the same field within {@code root}, outside nested lambdas and classes. */
  private static List<Call> ownCalls(SourceFile file, Node root, Call call) {
    Node scope = enclosingScope(root).orElse(null);
    return ThreadLocalCalls.on(file, root, call.field()).stream()
        .filter(c -> enclosingScope(c.call()).orElse(null) == scope)
        .toList();
  }

  /** The nearest method, constructor or lambda: the code that runs as one call. */
  private static Optional<Node> enclosingScope(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr || n instanceof CallableDeclaration<?>) {
        return Optional.of(n);
      }
      if (n instanceof TypeDeclaration<?> || n instanceof ObjectCreationExpr creation
          && creation.getAnonymousClassBody().isPresent() && n != node) {
        return Optional.empty(); // a field initializer or initializer block
      }
    }
    return Optional.empty();
  }
}
