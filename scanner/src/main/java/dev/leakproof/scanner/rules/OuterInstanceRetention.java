package dev.leakproof.scanner.rules;

import static com.github.javaparser.ast.expr.Expression.EXCLUDE_ENCLOSED_EXPR;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.RetentionSinks;
import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import dev.leakproof.checks.model.outerinstance.Capture;
import dev.leakproof.checks.model.outerinstance.OuterInstanceRetentionModel;
import dev.leakproof.checks.model.outerinstance.Sink;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.EnclosingInstance;
import dev.leakproof.scanner.rules.syntax.KnownType;
import dev.leakproof.scanner.rules.syntax.ParsedSingletonClass;
import dev.leakproof.scanner.rules.syntax.TypeNames;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.List;
import java.util.Optional;

/**
 * An object that holds its enclosing instance (an inner class instance, an anonymous class or
 * lambda that uses {@code this}, {@code this::m}) handed to a place that outlives it: a static
 * field, a collection or map in a static field, a started {@code new Thread(…)}, a
 * {@code java.util.Timer}, a shutdown hook, or an executor in a static field. The finding
 * points at the store or the call.
 *
 * <p>Syntax only, no symbol solver: the object must be written at the store or call itself,
 * the holder's type must be spelled in the file (a field or local of type {@code Timer},
 * {@code ExecutorService}, {@code List}, …), and an inner class must be declared in this file.
 * Listener registrations are ListenerLeak's.
 */
public final class OuterInstanceRetention implements SourceRule {
  @Override
  public Rule rule() {
    return Rule.OUTER_INSTANCE_RETENTION;
  }

  @Override
  public void check(SourceFile file) {
    for (AssignExpr assign : Trees.findAll(file.unit(), AssignExpr.class)) {
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN
          && staticField(assign.getTarget()).isPresent()) {
        Sink sink = new Sink(Kind.STATIC_FIELD,
            VariableLookup.variableName(assign.getTarget()).orElse("?"));
        EnclosingInstance.of(assign.getValue()).ifPresent(capture ->
            OuterInstanceRetentionModel.judge(capture, sink,
                    supertype -> enclosingExtends(assign, supertype, file.unit()),
                    () -> enclosingSingleton(assign, file))
                .ifPresent(message -> file.report(rule(), assign, message)));
      }
    }
    for (MethodCallExpr call : Trees.findAll(file.unit(), MethodCallExpr.class)) {
      sinkOf(call, file.unit())
          .flatMap(handover -> OuterInstanceRetentionModel.judge(handover.capture(),
              handover.sink(), supertype -> enclosingExtends(call, supertype, file.unit()),
              () -> enclosingSingleton(call, file), () -> removesAShutdownHook(call)))
          .ifPresent(message -> file.report(rule(), call, message));
    }
  }

  /** Whether the top-level class around {@code node} calls {@code Runtime.getRuntime().removeShutdownHook(…)}. */
  private static boolean removesAShutdownHook(Node node) {
    return Trees.topLevelType(node).orElse(node).findAll(MethodCallExpr.class).stream().anyMatch(call ->
        RetentionSinks.isShutdownHookRemoval(RetentionSinks.RUNTIME, call.getNameAsString())
            && call.getScope().map(EXCLUDE_ENCLOSED_EXPR).filter(s -> isRuntimeGetRuntime(s))
                .isPresent());
  }

  /**
   * The one value of the local variable {@code argument} names: its declaration's initializer,
   * when nothing else in the file assigns it (the JGit and Quartz shape, {@code Thread hook = new
   * Thread(…); Runtime.getRuntime().addShutdownHook(hook);}); otherwise {@code argument} itself.
   */
  private static Expression onceAssignedValue(Expression argument) {
    if (!(argument instanceof NameExpr name)) {
      return argument;
    }
    Optional<VariableDeclarator> local = VariableLookup.of(name)
        .filter(d -> d.kind() == Declaration.Kind.LOCAL).flatMap(Declaration::node)
        .filter(VariableDeclarator.class::isInstance).map(VariableDeclarator.class::cast);
    if (local.isEmpty() || local.get().getInitializer().isEmpty()) {
      return argument;
    }
    Node scope = local.get().findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class)
        .map(Node.class::cast).or(() -> local.get().findCompilationUnit()).orElse(local.get());
    boolean reassigned = Trees.findAll(scope, AssignExpr.class).stream()
        .anyMatch(assign -> assign.getTarget() instanceof NameExpr target
            && target.getNameAsString().equals(name.getNameAsString())
            && VariableLookup.of(target).flatMap(Declaration::node)
                .filter(n -> n == local.get()).isPresent());
    return reassigned ? argument : local.get().getInitializer().get();
  }

  /**
   * Whether the class whose {@code this} the code at {@code node} captures (the nearest class
   * declaration or anonymous class body around it) extends {@code supertype} directly, the name
   * qualified through the file's imports; a supertype further up is not seen without a solver.
   */
  private static boolean enclosingExtends(Node node, String supertype, CompilationUnit unit) {
    Node owner = capturingClass(node).orElse(null);
    if (owner instanceof ObjectCreationExpr creation) {
      return names(creation.getType(), supertype, unit);
    }
    return owner instanceof ClassOrInterfaceDeclaration declaration
        && declaration.getExtendedTypes().stream().anyMatch(t -> names(t, supertype, unit));
  }

  /**
   * How the only instance of the class whose {@code this} the code at {@code node} captures is
   * held, when that class is a singleton ({@link ParsedSingletonClass}); empty inside an
   * anonymous class body (its object is made per evaluation).
   */
  private static Optional<String> enclosingSingleton(Node node, SourceFile file) {
    return capturingClass(node).filter(TypeDeclaration.class::isInstance)
        .flatMap(declaration -> ParsedSingletonClass.holderOf((TypeDeclaration<?>) declaration,
            file.unit(), t -> file.resolution().ancestorsOf(t)));
  }

  /**
   * The class whose {@code this} the code at {@code node} captures: the nearest anonymous class
   * creation whose body holds it, or type declaration.
   */
  private static Optional<Node> capturingClass(Node node) {
    for (Node at = node.getParentNode().orElse(null); at != null;
        at = at.getParentNode().orElse(null)) {
      if (at instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
          && creation.getArguments().stream().noneMatch(a -> a.isAncestorOf(node))
          && creation.getScope().filter(scope -> scope.isAncestorOf(node)).isEmpty()
          || at instanceof TypeDeclaration<?>) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  private static boolean names(ClassOrInterfaceType type, String qualified, CompilationUnit unit) {
    return TypeNames.qualify(type, unit, qualified::equals).isPresent();
  }

  /** What is handed over and where. */
  private record Handover(Capture capture, Sink sink) {}

  private static Optional<Handover> handover(Optional<Capture> capture, Sink sink) {
    return capture.map(c -> new Handover(c, sink));
  }

  /** What {@code call} hands to a sink, if it hands an enclosing-instance holder to one. */
  private static Optional<Handover> sinkOf(MethodCallExpr call, CompilationUnit unit) {
    String name = call.getNameAsString();
    List<Expression> arguments = call.getArguments();
    Optional<Expression> scope = call.getScope().map(EXCLUDE_ENCLOSED_EXPR);
    if (scope.isEmpty() || RetentionSinks.isListenerRegistration(name)) {
      return Optional.empty();
    }
    if (arguments.isEmpty()) {
      return Optional.empty();
    }
    Expression first = arguments.get(0);
    if (isRuntimeGetRuntime(scope.get())
        && RetentionSinks.isShutdownHookRegistration(RetentionSinks.RUNTIME, name)) {
      return handover(startedThreadHolds(
          EXCLUDE_ENCLOSED_EXPR.apply(onceAssignedValue(EXCLUDE_ENCLOSED_EXPR.apply(first))), unit),
          Sink.of(Kind.SHUTDOWN_HOOK));
    }
    Optional<String> receiverType = KnownType.ofVariable(scope.get(), unit);
    if (receiverType.isEmpty()) {
      return Optional.empty();
    }
    // A shutdown hook is read above, from the call's own shape.
    Optional<Kind> kind = RetentionSinks.callSink(receiverType.get(), name)
        .filter(k -> k != Kind.SHUTDOWN_HOOK);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> staticReceiver = staticField(scope.get()).isPresent()
        ? Optional.of(VariableLookup.variableName(scope.get()).orElse("?")) : Optional.empty();
    return Sink.handedOver(kind.get(), arguments.size(), staticReceiver,
            () -> EXCLUDE_ENCLOSED_EXPR.apply(first) instanceof ThisExpr)
        .flatMap(handed -> handover(EnclosingInstance.of(arguments.get(handed.argument())),
            handed.sink()));
  }

  /**
   * {@code new Thread(…)} with an argument that holds the enclosing instance, or a fresh
   * instance of a thread class that holds it itself (an inner {@code Thread} subclass, an
   * anonymous {@code Thread} using the enclosing instance).
   */
  private static Optional<Capture> startedThreadHolds(Expression thread, CompilationUnit unit) {
    if (!(thread instanceof ObjectCreationExpr creation)) {
      return Optional.empty();
    }
    ClassOrInterfaceType type = creation.getType();
    if (isThreadType(type, unit)) {
      Optional<Capture> itself = EnclosingInstance.of(creation);
      return itself.isPresent() ? itself : creation.getArguments().stream()
          .map(EnclosingInstance::of).flatMap(Optional::stream).findFirst();
    }
    // An inner class of this file that extends Thread directly.
    Optional<ClassOrInterfaceDeclaration> inner = EnclosingInstance.innerClass(type, creation);
    return inner.isPresent() && creation.getAnonymousClassBody().isEmpty()
        && inner.get().getExtendedTypes().stream().anyMatch(t -> isThreadType(t, unit))
        ? Optional.of(Capture.INNER_OBJECT) : Optional.empty();
  }

  private static boolean isThreadType(ClassOrInterfaceType type, CompilationUnit unit) {
    return KnownType.of(type, unit).filter(RetentionSinks.THREAD::equals).isPresent();
  }

  private static boolean isRuntimeGetRuntime(Expression scope) {
    return scope instanceof MethodCallExpr get && get.getNameAsString().equals("getRuntime")
        && get.getArguments().isEmpty()
        && get.getScope().map(Expression::toString)
            .filter(s -> s.equals("Runtime") || s.equals("java.lang.Runtime")).isPresent();
  }

  /** The static field {@code target} names ({@code F}, or {@code this.F}), declared in this file. */
  private static Optional<VariableDeclarator> staticField(Expression target) {
    return declarator(target).filter(v -> v.getParentNode().orElse(null)
        instanceof FieldDeclaration field && isStatic(field));
  }

  private static boolean isStatic(FieldDeclaration field) {
    return field.isStatic() || field.getParentNode().orElse(null)
        instanceof ClassOrInterfaceDeclaration owner && owner.isInterface();
  }

  private static Optional<VariableDeclarator> declarator(Expression reference) {
    return VariableLookup.of(reference)
        .filter(d -> d.kind() == Declaration.Kind.FIELD || d.kind() == Declaration.Kind.LOCAL)
        .flatMap(Declaration::node)
        .filter(VariableDeclarator.class::isInstance)
        .map(VariableDeclarator.class::cast);
  }
}
