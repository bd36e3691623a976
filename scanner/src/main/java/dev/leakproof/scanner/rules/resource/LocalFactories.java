package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.ResourceFactories;
import dev.leakproof.checks.model.resource.ResourceFactories.Returned;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.BufferMentions;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Methods of the scanned file that return a resource they open ({@link ResourceFactories}): a
 * call of one, on the class itself (no receiver, {@code this}, or the class's own name for a
 * static helper), acquires like a known factory. Found once per file, by names and returns
 * alone: a method is matched by name and number of arguments, and every method of that name and
 * arity in the file must be a factory. A factory may return another factory's result; the file
 * is read again until no more factories turn up.
 */
public final class LocalFactories {
  private static final DataKey<Map<String, List<MethodDeclaration>>> CANDIDATES =
      new DataKey<>() {};
  private static final DataKey<Set<String>> FACTORIES = new DataKey<>() {};
  private static final int MAX_ROUNDS = 4;
  private static final int MAX_DEPTH = CalleeSummary.MAX_NESTED_CALLS;
  /** The methods being judged, by identity (a JavaParser node's equals compares structure). */
  private static final ThreadLocal<Set<MethodDeclaration>> IN_PROGRESS =
      ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(
          new java.util.IdentityHashMap<>()));

  private LocalFactories() {}

  /**
   * Whether {@code call} may call a factory method of its own file, judged by names alone (no
   * resolution): a method of that name and arity that returns a class type.
   */
  public static boolean mayBeFactoryCall(MethodCallExpr call) {
    Optional<CompilationUnit> unit = call.findCompilationUnit();
    return unit.isPresent()
        && candidates(unit.get()).containsKey(key(call.getNameAsString(), call.getArguments().size()))
        && onOwnClass(call);
  }

  /**
   * Whether {@code call} calls a factory method of its own file. Reads the file's returns, so the
   * caller must have attached the symbol solver ({@code SourceFile.resolution()}).
   */
  public static boolean isFactoryCall(MethodCallExpr call) {
    Optional<CompilationUnit> unit = call.findCompilationUnit();
    return unit.isPresent()
        && factories(unit.get()).contains(key(call.getNameAsString(), call.getArguments().size()))
        && onOwnClass(call);
  }

  /** The declared result type of the factory {@code call} calls, as written, or null. */
  public static String resultType(MethodCallExpr call) {
    return call.findCompilationUnit().flatMap(unit -> Trees.findAll(unit, MethodDeclaration.class,
            m -> m.getNameAsString().equals(call.getNameAsString())
                && m.getParameters().size() == call.getArguments().size())
        .stream().findFirst())
        .map(m -> m.getType().asString()).orElse(null);
  }

  /**
   * Whether the call is made on the class it is written in, as far as the spelling tells: no
   * receiver, an unqualified {@code this}, or a class name declared in the same file.
   */
  private static boolean onOwnClass(MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return true;
    }
    Expression scope = call.getScope().get();
    if (scope instanceof ThisExpr self) {
      return self.getTypeName().isEmpty();
    }
    if (!(scope instanceof NameExpr name)
        || !Character.isUpperCase(name.getNameAsString().charAt(0))) {
      return false;
    }
    return call.findCompilationUnit().map(unit -> Trees.findFirst(unit, TypeDeclaration.class,
        t -> t.getNameAsString().equals(name.getNameAsString())).isPresent()).orElse(false);
  }

  private static String key(String name, int arity) {
    return name + "/" + arity;
  }

  /**
   * The factories of {@code unit} as name/arity keys. While they are being found, the set found
   * so far answers (a factory returning another's call is found in a later round).
   */
  private static Set<String> factories(CompilationUnit unit) {
    if (unit.containsData(FACTORIES)) {
      return unit.getData(FACTORIES);
    }
    Map<String, List<MethodDeclaration>> byKey = candidates(unit);
    Set<String> found = new HashSet<>();
    unit.setData(FACTORIES, found);
    boolean changed = !byKey.isEmpty();
    for (int round = 0; changed && round < MAX_ROUNDS; round++) {
      changed = false;
      for (Map.Entry<String, List<MethodDeclaration>> entry : byKey.entrySet()) {
        if (!found.contains(entry.getKey())
            && entry.getValue().stream().allMatch(LocalFactories::isFactory)) {
          found.add(entry.getKey());
          changed = true;
        }
      }
    }
    Set<String> factories = Set.copyOf(found);
    unit.setData(FACTORIES, factories);
    return factories;
  }

  /** The methods of {@code unit} that {@link #mayBeFactory may be factories}, by name/arity. */
  private static Map<String, List<MethodDeclaration>> candidates(CompilationUnit unit) {
    if (unit.containsData(CANDIDATES)) {
      return unit.getData(CANDIDATES);
    }
    Map<String, List<MethodDeclaration>> byKey = new LinkedHashMap<>();
    for (MethodDeclaration method : Trees.findAll(unit, MethodDeclaration.class)) {
      byKey.computeIfAbsent(key(method.getNameAsString(), method.getParameters().size()),
          k -> new ArrayList<>()).add(method);
    }
    byKey.values().removeIf(methods -> !methods.stream().allMatch(LocalFactories::mayBeFactory));
    unit.setData(CANDIDATES, byKey);
    return byKey;
  }

  /**
   * A cheap first look: a method with a body, declared to return a class or interface type, that
   * returns something on some path.
   */
  private static boolean mayBeFactory(MethodDeclaration method) {
    return method.getBody().isPresent()
        && method.getType() instanceof ClassOrInterfaceType type
        && !type.getNameAsString().equals("String")
        && Trees.findFirst(method.getBody().get(), ReturnStmt.class,
            r -> r.getExpression().isPresent()).isPresent();
  }

  /**
   * Whether {@code method} (of any scanned file) is a factory. Nested judgements (a factory
   * returning another's call) stop a few calls deep; a recursion is no factory.
   */
  static boolean isFactory(MethodDeclaration method) {
    Set<MethodDeclaration> inProgress = IN_PROGRESS.get();
    if (inProgress.size() >= MAX_DEPTH || inProgress.contains(method)
        || method.getBody().isEmpty()) {
      return false;
    }
    inProgress.add(method);
    try {
      return readReturns(method);
    } finally {
      inProgress.remove(method);
    }
  }

  private static boolean readReturns(MethodDeclaration method) {
    List<Returned> returns = new ArrayList<>();
    for (ReturnStmt exit : Trees.findAll(method.getBody().orElseThrow(), ReturnStmt.class)) {
      if (!Trees.inNestedCode(exit, method)) { // not a lambda's or a nested class's
        returns.add(returned(exit.getExpression().orElse(null), method));
      }
    }
    return ResourceFactories.isFactory(returns);
  }

  private static Returned returned(Expression value, MethodDeclaration method) {
    Expression e = value == null ? null : Trees.stripped(value);
    if (e == null) {
      return Returned.OTHER;
    }
    if (e instanceof NullLiteralExpr) {
      return Returned.NULL;
    }
    if (e instanceof ConditionalExpr choice) {
      return ResourceFactories.either(returned(choice.getThenExpr(), method),
          returned(choice.getElseExpr(), method));
    }
    if (acquires(e)) {
      return Returned.FRESH_RESOURCE;
    }
    if (!(e instanceof NameExpr local)) {
      return Returned.OTHER;
    }
    // A local of the method every value of which is a fresh resource (or null).
    String name = local.getNameAsString();
    List<Expression> values = new ArrayList<>();
    List<VariableDeclarator> declarations =
        Trees.findAll(method, VariableDeclarator.class, v -> v.getNameAsString().equals(name));
    if (declarations.size() != 1) {
      return Returned.OTHER; // a field or a parameter, or a name declared twice
    }
    declarations.get(0).getInitializer().ifPresent(values::add);
    for (AssignExpr assign : Trees.findAll(method, AssignExpr.class,
        a -> a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name))) {
      if (assign.getOperator() != AssignExpr.Operator.ASSIGN) {
        return Returned.OTHER;
      }
      values.add(assign.getValue());
    }
    boolean fresh = false;
    for (Expression v : values) {
      Expression assigned = Trees.stripped(v);
      if (assigned instanceof NullLiteralExpr) {
        continue;
      }
      if (!acquires(assigned)) {
        return Returned.OTHER;
      }
      fresh = true;
    }
    return fresh ? Returned.FRESH_RESOURCE : Returned.OTHER;
  }

  private static boolean acquires(Expression e) {
    return Acquisitions.isCandidate(e) && Acquisitions.acquires(e);
  }

  /**
   * Whether {@code call} calls a method that hands out nothing its caller owns
   * ({@link ResourceFactories#returnsNothingOwned}): every method of that name and arity of its own
   * file, or the one method of another file of the scanned sources it resolves to (static,
   * private or final: no override runs in its place), returns a standard
   * stream, a wrapper of one, or what a parameter given one holds ({@code wrapSystemOut()}
   * returning {@code wrap(System.out)}, {@code wrap(s)} returning {@code new PrintStream(new
   * KeepAlive(s))}), read with the call's own arguments. Ant's {@code SQLExec} calls {@code
   * KeepAliveOutputStream.wrapSystemOut()} in another file, as Error Prone (the compilation) and
   * SpotBugs (the application's classes) read it.
   */
  public static boolean returnsNothingOwned(MethodCallExpr call) {
    if (onOwnClass(call)) {
      return resultOf(call, p -> Returned.OTHER, 0) == Returned.NOT_OWNED;
    }
    return sourceCallee(call)
        .map(method -> resultOf(call, List.of(method), p -> Returned.OTHER, 0) == Returned.NOT_OWNED)
        .orElse(false);
  }

  /** The body, in another file of the scanned sources, that {@code call} resolves to. */
  private static Optional<MethodDeclaration> sourceCallee(MethodCallExpr call) {
    return Solver.askOptional(() -> Bodies.of(call.resolve()))
        .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast);
  }

  /**
   * What {@code call} on the own class returns, its arguments read by {@code argument} (the
   * caller's parameters): the join of every same-named method's returns, read with the
   * parameters bound to those arguments; {@link Returned#OTHER} when unknown.
   */
  private static Returned resultOf(MethodCallExpr call,
      Function<String, Returned> argument, int depth) {
    Optional<CompilationUnit> unit = call.findCompilationUnit();
    if (unit.isEmpty() || depth >= MAX_DEPTH) {
      return Returned.OTHER;
    }
    List<MethodDeclaration> methods = Trees.findAll(unit.get(), MethodDeclaration.class,
        m -> m.getNameAsString().equals(call.getNameAsString())
            && m.getParameters().size() == call.getArguments().size());
    return resultOf(call, methods, argument, depth);
  }

  /** What {@code call} returns when {@code methods} are the bodies that may run for it. */
  private static Returned resultOf(MethodCallExpr call, List<MethodDeclaration> methods,
      Function<String, Returned> argument, int depth) {
    if (methods.isEmpty() || depth >= MAX_DEPTH) {
      return Returned.OTHER;
    }
    List<Returned> arguments = new ArrayList<>();
    for (Expression given : call.getArguments()) {
      arguments.add(ownership(given, argument, depth));
    }
    List<Returned> returns = new ArrayList<>();
    for (MethodDeclaration method : methods) {
      if (method.getBody().isEmpty() || method.getParameters().size() != arguments.size()
          || !BufferMentions.cannotBeOverridden(method)) {
        return Returned.OTHER; // another body may run in its place
      }
      Function<String, Returned> parameter = name -> {
        for (int i = 0; i < method.getParameters().size(); i++) {
          if (method.getParameter(i).getNameAsString().equals(name)) {
            return arguments.get(i);
          }
        }
        return Returned.OTHER;
      };
      for (ReturnStmt exit : Trees.findAll(method.getBody().get(), ReturnStmt.class)) {
        if (!Trees.inNestedCode(exit, method)) {
          returns.add(exit.getExpression()
              .map(e -> ownership(e, parameter, depth + 1)).orElse(Returned.OTHER));
        }
      }
    }
    return ResourceFactories.returnsNothingOwned(returns) ? Returned.NOT_OWNED : Returned.OTHER;
  }

  /**
   * Whether {@code value} is a stream nobody owns ({@link Returned#NOT_OWNED}), {@code null}, or
   * anything else: a standard stream, a {@code new} whose first argument is one, a parameter
   * {@code parameter} says is one, a call of the own class returning one.
   */
  private static Returned ownership(Expression value,
      Function<String, Returned> parameter, int depth) {
    Expression e = Trees.stripped(value);
    if (e instanceof NullLiteralExpr) {
      return Returned.NULL;
    }
    if (e instanceof FieldAccessExpr field && field.getScope() instanceof NameExpr owner
        && ResourceApis.isStandardStream(owner.getNameAsString(), field.getNameAsString())) {
      return Returned.NOT_OWNED;
    }
    if (e instanceof NameExpr name) {
      return parameter.apply(name.getNameAsString());
    }
    if (e instanceof ConditionalExpr choice) {
      return ResourceFactories.either(ownership(choice.getThenExpr(), parameter, depth),
          ownership(choice.getElseExpr(), parameter, depth));
    }
    if (e instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()
        && creation.getArguments().isNonEmpty()) {
      return ResourceFactories.wrapperOf(ownership(creation.getArgument(0), parameter, depth));
    }
    if (e instanceof MethodCallExpr call && onOwnClass(call)) {
      return resultOf(call, parameter, depth + 1);
    }
    return Returned.OTHER;
  }
}
