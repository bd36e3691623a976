package dev.leakproof.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Effect;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import dev.leakproof.checks.model.threadlocal.HelperField;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import dev.leakproof.checks.model.threadlocal.ThreadLocalPut;
import dev.leakproof.checks.model.threadlocal.ValueType;
import dev.leakproof.errorprone.ThreadLocalCalls.Call;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * A value put into a static {@code ThreadLocal} ({@code set(v)}, or {@code get()} on one with an
 * initial value) that is not taken out again on every path: pooled threads keep it, and its
 * class loader, after the work is done.
 *
 * <p>Flagged when the class (with its nested classes) never removes that thread-local, or when
 * the method (or lambda) that sets it also takes it out, but not in a {@code finally} whose
 * {@code try} directly follows or encloses the {@code set}. Silent for instance-field and local
 * thread-locals, for another class's thread-locals, and when a different method of the class
 * removes the value (a begin/end pair). A populating {@code get()} is judged only by the first
 * criterion.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = Rule.Names.THREAD_LOCAL_NOT_REMOVED,
    summary = Rule.Summaries.THREAD_LOCAL_NOT_REMOVED,
    linkType = CUSTOM,
    link = Rule.Links.THREAD_LOCAL_NOT_REMOVED,
    severity = WARNING)
public final class ThreadLocalNotRemoved extends SafeBugChecker
    implements MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return guarded(tree, state, () -> check(tree, state));
  }

  private Description check(MethodInvocationTree tree, VisitorState state) {
    // Cheap filter before any tree walk: the symbol javac attributed, compared without
    // printing the call (toString() of the method select ran for every call of a compile).
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (method == null || !method.getSimpleName().contentEquals(Operation.SET.methodName())
        && !method.getSimpleName().contentEquals(Operation.GET.methodName())) {
      return Description.NO_MATCH;
    }
    TreePath topLevelPath = Enclosing.topLevelClass(state.getPath());
    Tree scope = enclosingScope(state.getPath());
    if (topLevelPath == null || scope == null) {
      return Description.NO_MATCH;
    }
    ClassTree topLevel = (ClassTree) topLevelPath.getLeaf();
    Optional<Call> call = ThreadLocalCalls.of(tree, topLevel, scope, state);
    if (call.isEmpty() || call.get().effect() != Effect.PUTS_IN) {
      return Description.NO_MATCH;
    }
    VarSymbol field = call.get().field();
    Optional<String> finding = ThreadLocalModel.judge(new ThreadLocalPut() {
      @Override
      public String field() {
        return field.getSimpleName().toString();
      }

      @Override
      public Operation operation() {
        return call.get().operation();
      }

      @Override
      public ValueType valueType() {
        return ThreadLocalCalls.valueType(field, state);
      }

      @Override
      public List<String> threadLocalClasses() {
        return ThreadLocalCalls.createdClasses(field, topLevel);
      }

      @Override
      public boolean takenOutLaterInScope() {
        CompilationUnitTree unit = state.getPath().getCompilationUnit();
        // Only a removal that can run after this set counts: one in the other branch of an if
        // (a setter that removes on null) leaves the method to the class-level criterion.
        return ThreadLocalCalls.in(scope, scope, field, topLevel, true, state).stream()
            .anyMatch(c -> c.effect().takesOut()
                && JavacTree.mayFollow(state.getPath(), TreePath.getPath(unit, c.tree())));
      }

      @Override
      public boolean takenOutOnEveryPath() {
        return FinallyCoverage.covered(state.getPath(), scope,
            block -> cleansIn(block, scope, field, topLevel, state));
      }

      @Override
      public boolean setInSubmittedTask() {
        return inSubmittedTask(state.getPath(), state);
      }

      @Override
      public boolean classTakesOut() {
        return ThreadLocalModel.classTakesOut(
            ThreadLocalCalls.in(topLevel, topLevel, field, topLevel, false, state).stream()
                .anyMatch(c -> c.effect().takesOut()),
            () -> ThreadLocalCalls.returnsPreviousValue(topLevel, field),
            () -> ThreadLocalCalls.takenOutThroughSetter(topLevel, field, state));
      }

      @Override
      public boolean elementsTakenOutOnEveryPath() {
        return keptEmpty(topLevel, field, state);
      }

      @Override
      public boolean elementsTakenOutByPairedMethod() {
        return pairedMethods(topLevel, field, state);
      }

      @Override
      public boolean setsNewEmptyCollection() {
        return createdEmpty(tree.getArguments().get(0));
      }

      @Override
      public boolean emptiedForEachRecord() {
        CompilationUnitTree unit = state.getPath().getCompilationUnit();
        List<Call> gets = ThreadLocalCalls.in(topLevel, topLevel, field, topLevel, false, state)
            .stream().filter(c -> c.operation() == Operation.GET).toList();
        return new BufferMentions(topLevel, state).emptiedBeforeEveryFill(
            gets.stream().map(get -> TreePath.getPath(unit, get.tree())).toList());
      }

      @Override
      public Optional<List<HelperField>> ownHelperFields() {
        return OwnHelperClasses.fields(field, topLevel, state);
      }
    });
    return finding.map(message -> report(tree, message)).orElse(Description.NO_MATCH);
  }

  private Description report(MethodInvocationTree tree, String message) {
    return buildDescription(TreeStart.of(tree)).setMessage(message).build();
  }

  /** {@link ThreadLocalModel#elementsTakenOutOnEveryPath} over the class's {@code F.get()}s. */
  private static boolean keptEmpty(ClassTree topLevel, VarSymbol field, VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    List<Optional<TreePath>> callsOnGets = new ArrayList<>();
    for (Call get : ThreadLocalCalls.in(topLevel, topLevel, field, topLevel, false, state)) {
      if (get.operation() == Operation.GET) {
        callsOnGets.add(Optional.ofNullable(collectionCallOn(TreePath.getPath(unit, get.tree()))));
      }
    }
    return ThreadLocalModel.elementsTakenOutOnEveryPath(callsOnGets,
        use -> collectionEffect(use) == CollectionApis.Effect.ADDS,
        use -> {
          Tree scope = enclosingScope(use);
          return scope != null && FinallyCoverage.covered(use, scope,
              block -> takesElementOut(block, topLevel, field, state));
        });
  }

  /** {@link ThreadLocalModel#createdEmpty}, directly or through assignments. */
  private static boolean createdEmpty(ExpressionTree value) {
    ExpressionTree v = ASTHelpers.stripParentheses(value);
    while (v instanceof AssignmentTree assignment) {
      v = ASTHelpers.stripParentheses(assignment.getExpression());
    }
    return v instanceof NewClassTree created && ThreadLocalModel.createdEmpty(
        created.getArguments().size(), created.getClassBody() != null);
  }

  /**
   * Whether the class adds to the thread-local's collection in some methods and takes elements
   * out in others, never both in one: each method's (or lambda's) calls on what {@code F.get()}
   * returns, directly or through a local it is stored in.
   */
  private static boolean pairedMethods(ClassTree topLevel, VarSymbol field, VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    Map<Tree, Set<CollectionApis.Effect>> effects = new IdentityHashMap<>();
    for (Call get : ThreadLocalCalls.in(topLevel, topLevel, field, topLevel, false, state)) {
      TreePath path = TreePath.getPath(unit, get.tree());
      Tree scope = path == null ? null : enclosingScope(path);
      if (get.operation() != Operation.GET || scope == null) {
        continue;
      }
      for (MethodInvocationTree use : collectionCallsOn(path, scope)) {
        effects.computeIfAbsent(scope, s -> EnumSet.noneOf(CollectionApis.Effect.class)).add(
            CollectionApis.effectOf(((MemberSelectTree) use.getMethodSelect()).getIdentifier().toString()));
      }
    }
    return ThreadLocalModel.pairedAcrossMethods(effects.values());
  }

  /** The calls on the value of the {@code get()} at {@code get}: directly, or on a local holding it in {@code scope}. */
  private static List<MethodInvocationTree> collectionCallsOn(TreePath get, Tree scope) {
    TreePath direct = collectionCallOn(get);
    if (direct != null) {
      return List.of((MethodInvocationTree) direct.getLeaf());
    }
    Tree parent = get.getParentPath().getLeaf();
    Symbol local = parent instanceof VariableTree variable && variable.getInitializer() == get.getLeaf()
        ? ASTHelpers.getSymbol(variable)
        : parent instanceof AssignmentTree assignment && assignment.getExpression() == get.getLeaf()
            ? ASTHelpers.getSymbol(assignment.getVariable()) : null;
    if (local == null || local.getKind() != ElementKind.LOCAL_VARIABLE) {
      return List.of();
    }
    List<MethodInvocationTree> calls = new ArrayList<>();
    new OwnCodeSearch() {
      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (call.getMethodSelect() instanceof MemberSelectTree select
            && ASTHelpers.getSymbol(select.getExpression()) == local) {
          calls.add(call);
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.foundIn(scope instanceof LambdaExpressionTree lambda ? lambda.getBody() : scope);
    return calls;
  }

  /** The call whose receiver is the {@code get()} at {@code get} ({@code F.get().put(k, v)}). */
  private static TreePath collectionCallOn(TreePath get) {
    TreePath select = get == null ? null : get.getParentPath();
    if (select != null && select.getLeaf() instanceof MemberSelectTree member
        && member.getExpression() == get.getLeaf()
        && select.getParentPath().getLeaf() instanceof MethodInvocationTree use
        && use.getMethodSelect() == member) {
      return select.getParentPath();
    }
    return null;
  }

  private static CollectionApis.Effect collectionEffect(TreePath use) {
    MethodInvocationTree call = (MethodInvocationTree) use.getLeaf();
    return CollectionApis.effectOf(((MemberSelectTree) call.getMethodSelect()).getIdentifier().toString());
  }

  private static boolean takesElementOut(Tree cleanup, ClassTree topLevel, VarSymbol field,
      VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    return ThreadLocalCalls.in(cleanup, topLevel, field, topLevel, false, state).stream()
        .filter(c -> c.operation() == Operation.GET)
        .map(c -> collectionCallOn(TreePath.getPath(unit, c.tree())))
        .anyMatch(use -> use != null && collectionEffect(use) == CollectionApis.Effect.REMOVES);
  }

  /**
   * Whether {@code cleanup} (a {@code finally} or {@code catch} block, a statement) takes the
   * value of {@code field} out.
   */
  private static boolean cleansIn(Tree cleanup, Tree scope, VarSymbol field,
      ClassTree topLevel, VisitorState state) {
    return ThreadLocalCalls.in(cleanup, scope, field, topLevel, true, state).stream()
        .anyMatch(c -> c.effect().takesOut());
  }

  /**
   * Whether the code at {@code path} is the body of a lambda given straight to an executor's
   * {@code execute}/{@code submit}/{@code schedule…} (the receiver's static type).
   */
  private static boolean inSubmittedTask(TreePath path, VisitorState state) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      if (tree instanceof MethodTree || tree instanceof ClassTree) {
        return false;
      }
      if (tree instanceof LambdaExpressionTree task) {
        TreePath parent = at.getParentPath();
        if (parent == null || !(parent.getLeaf() instanceof MethodInvocationTree submit)
            || submit.getArguments().stream().noneMatch(argument -> argument == task)) {
          return false;
        }
        ExpressionTree executor = ASTHelpers.getReceiver(submit);
        Type type = executor == null ? null : ASTHelpers.getType(executor);
        Symbol method = ASTHelpers.getSymbol(submit);
        return type != null && method != null && ThreadLocalApis.runsTaskOnPoolThread(
            state.getTypes().erasure(type).tsym.getQualifiedName().toString(),
            method.getSimpleName().toString());
      }
    }
    return false;
  }

  /** The nearest method or lambda: the code that runs as one call. */
  private static Tree enclosingScope(TreePath path) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      if (tree instanceof MethodTree || tree instanceof LambdaExpressionTree) {
        return tree;
      }
      if (tree instanceof ClassTree) {
        return null; // an initializer block or field initializer: runs once per class or object
      }
    }
    return null;
  }
}
