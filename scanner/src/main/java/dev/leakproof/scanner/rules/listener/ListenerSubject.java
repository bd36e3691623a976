package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.knowledge.ArgumentReturningMethods;
import dev.leakproof.checks.model.singleton.SharedInstances;
import dev.leakproof.checks.model.singleton.SingletonBeans;
import dev.leakproof.checks.model.listener.Subject;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.Solver;
import dev.leakproof.scanner.rules.syntax.TypeNames;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The subject a listener is registered on (or removed from): the receiver of the call, named as
 * the shared {@link Subject} model wants it, as far as the file (and, where the syntax cannot
 * tell, the symbol solver) shows. Empty when it cannot be named (a local, a helper method's
 * parameter).
 */
public final class ListenerSubject {
  private ListenerSubject() {}

  /** The subject of {@code call}; empty when it cannot be named. */
  public static Optional<Subject> of(MethodCallExpr call, SourceFile file) {
    if (call.getScope().isEmpty()) {
      // addListener(...) on this: the class is the subject itself; unless the method is static
      // (register(this) of this class or of a static import): JVM-wide state.
      Optional<ResolvedMethodDeclaration> method =
          resolve(call, file).filter(ResolvedMethodDeclaration::isStatic);
      return method.isEmpty() ? Optional.of(Subject.self()) : staticRegistry(method.get());
    }
    Expression scope = Trees.stripped(call.getScope().get());
    if (scope instanceof ThisExpr) {
      return Optional.of(Subject.self());
    }
    if (scope instanceof MethodCallExpr accessor) {
      return sharedInstance(accessor, file);
    }
    if (!(scope instanceof NameExpr) && !(scope instanceof FieldAccessExpr)) {
      return Optional.empty();
    }
    Optional<Declaration> declaration = VariableLookup.of(scope);
    if (declaration.isPresent() && declaration.get().kind() == Declaration.Kind.FIELD) {
      return field((VariableDeclarator) declaration.get().node().orElseThrow(), file);
    }
    if (declaration.isPresent() && declaration.get().kind() == Declaration.Kind.LOCAL) {
      return declaration.get().node()
          .filter(Parameter.class::isInstance).map(Parameter.class::cast)
          .flatMap(ListenerSubject::fieldKeeping)
          .map(Subject::injectedField);
    }
    boolean elsewhere = declaration.isEmpty()
        || declaration.get().kind() == Declaration.Kind.ELSEWHERE;
    return elsewhere ? fromSolver(call, scope, file) : Optional.empty();
  }

  /**
   * {@code Bus.getInstance().addListener(...)}, {@code Runtime.getRuntime()...}, or a project's
   * own static accessor that returns a static field ({@code Registry.global()}).
   */
  private static Optional<Subject> sharedInstance(MethodCallExpr accessor, SourceFile file) {
    if (!accessor.getArguments().isEmpty()) {
      return Optional.empty();
    }
    Optional<ResolvedMethodDeclaration> method =
        resolve(accessor, file).filter(ResolvedMethodDeclaration::isStatic);
    if (method.isEmpty()) {
      return Optional.empty();
    }
    String owner = Solver.ask(() -> method.get().declaringType().getQualifiedName()).orElse(null);
    if (owner == null) {
      return Optional.empty();
    }
    String name = accessor.getNameAsString();
    if (!SharedInstances.isAccessor(owner, name, returnsStaticField(method.get()))) {
      return Optional.empty();
    }
    return qualifiedName(method.get()::getReturnType)
        .map(type -> Subject.sharedInstance(owner, name, type));
  }

  /** Whether an accessor declared in the analysed sources returns a static field on every {@code return}. */
  private static boolean returnsStaticField(ResolvedMethodDeclaration method) {
    List<ReturnStmt> returns = Solver.askOptional(() -> Bodies.of(method, MethodDeclaration.class))
        .flatMap(MethodDeclaration::getBody)
        .map(body -> Trees.findAll(body, ReturnStmt.class, r -> !Trees.inNestedCode(r, body)))
        .orElse(List.of());
    return !returns.isEmpty() && returns.stream().allMatch(r -> r.getExpression()
        .map(Trees::stripped)
        .map(ListenerSubject::isStaticFieldRead)
        .orElse(false));
  }

  /** {@code GLOBAL}, {@code Holder.INSTANCE}: a read of a static field, from the syntax or the solver. */
  private static boolean isStaticFieldRead(Expression value) {
    if (!(value instanceof NameExpr) && !(value instanceof FieldAccessExpr)) {
      return false;
    }
    Optional<Declaration> declaration = VariableLookup.of(value);
    if (declaration.isPresent() && declaration.get().kind() == Declaration.Kind.FIELD) {
      return declaration.get().node().flatMap(Node::getParentNode)
          .filter(FieldDeclaration.class::isInstance)
          .map(f -> isStatic((FieldDeclaration) f)).orElse(false);
    }
    return resolveValue(value).map(ListenerSubject::isStaticField).orElse(false);
  }

  /** Static fields, and the implicitly static constants of an interface. */
  private static boolean isStatic(FieldDeclaration field) {
    return field.isStatic() || field.getParentNode()
        .filter(p -> p instanceof ClassOrInterfaceDeclaration c && c.isInterface()).isPresent();
  }

  /** A field declared in this file: static, or this object's own (injected or not). */
  private static Optional<Subject> field(VariableDeclarator variable, SourceFile file) {
    if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration field)) {
      return Optional.empty();
    }
    String name = variable.getNameAsString();
    String owner = field.getParentNode().filter(TypeDeclaration.class::isInstance)
        .map(t -> ((TypeDeclaration<?>) t).getNameAsString()).orElse("");
    // A field declared in this file and read by its simple name or through this: this object's.
    return Subject.ofField(owner, name, variable.getType().asString(), isStatic(field), true,
        () -> field.getAnnotations().stream()
                .anyMatch(a -> SingletonBeans.isInjection(a.getNameAsString()))
            || field.getParentNode().filter(TypeDeclaration.class::isInstance)
                .map(t -> isInjected((TypeDeclaration<?>) t, variable)).orElse(false),
        () -> singletonBean(variable, file));
  }

  /** Whether the field's type carries a DI container's singleton annotation. */
  private static boolean singletonBean(VariableDeclarator variable, SourceFile file) {
    if (!variable.getType().isClassOrInterfaceType()) {
      return false;
    }
    String typeName = variable.getType().asClassOrInterfaceType().getNameAsString();
    Optional<TypeDeclaration<?>> inFile = Trees.findFirst(file.unit(), TypeDeclaration.class,
        t -> t.getNameAsString().equals(typeName)).map(t -> (TypeDeclaration<?>) t);
    if (inFile.isPresent()) {
      // By qualified name, through the imports: a project's own @Singleton is not a container's.
      return inFile.get().getAnnotations().stream().anyMatch(a -> a.getNameAsString().contains(".")
          ? SingletonBeans.isSingletonScope(a.getNameAsString())
          : TypeNames.qualify(a.getNameAsString(), file.unit(), SingletonBeans::isSingletonScope)
              .isPresent());
    }
    file.resolution();
    return Solver.ask(() -> {
      ResolvedType type = variable.getType().resolve();
      return type.isReferenceType() && type.asReferenceType().getTypeDeclaration()
          .filter(declaration -> SingletonBeans.knownSingletonScopes().stream()
              .anyMatch(declaration::hasDirectlyAnnotation))
          .isPresent();
    }).orElse(false);
  }

  /** Whether a constructor of {@code type} assigns one of its parameters to {@code variable}. */
  private static boolean isInjected(TypeDeclaration<?> type, VariableDeclarator variable) {
    for (ConstructorDeclaration constructor : type.getConstructors()) {
      for (AssignExpr assign : Trees.findAll(constructor.getBody(), AssignExpr.class)) {
        boolean intoField = VariableLookup.of(assign.getTarget())
            .flatMap(Declaration::node).filter(n -> n == variable).isPresent();
        if (intoField && isParameterOf(assign.getValue(), constructor)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isParameterOf(Expression value, ConstructorDeclaration constructor) {
    Optional<Node> declared = VariableLookup.of(checkedValue(value))
        .flatMap(Declaration::node);
    return declared.filter(n -> constructor.getParameters().stream().anyMatch(p -> p == n))
        .isPresent();
  }

  /**
   * The value an assignment stores: {@code bus} for {@code Objects.requireNonNull(bus, "bus")}
   * or Guava's {@code checkNotNull(bus)}, which return their argument.
   */
  private static Expression checkedValue(Expression value) {
    Expression e = Trees.stripped(value);
    if (e instanceof MethodCallExpr call && !call.getArguments().isEmpty()
        && ArgumentReturningMethods.returnsFirstArgumentBySpelling(
            call.getScope().map(Expression::toString), call.getNameAsString())) {
      return Trees.stripped(call.getArgument(0));
    }
    return e;
  }

  /** The name of this object's field that the constructor declaring {@code parameter} stores it in. */
  private static Optional<String> fieldKeeping(Parameter parameter) {
    if (!(parameter.getParentNode().orElse(null) instanceof ConstructorDeclaration constructor)) {
      return Optional.empty();
    }
    for (AssignExpr assign : Trees.findAll(constructor.getBody(), AssignExpr.class)) {
      Optional<Declaration> target = VariableLookup.of(assign.getTarget());
      boolean ownField = target.isPresent() && target.get().kind() == Declaration.Kind.FIELD
          && (assign.getTarget() instanceof NameExpr
              || assign.getTarget() instanceof FieldAccessExpr access
                  && access.getScope() instanceof ThisExpr);
      if (ownField && VariableLookup.of(checkedValue(assign.getValue()))
              .flatMap(Declaration::node).filter(n -> n == parameter).isPresent()) {
        return VariableLookup.variableName(assign.getTarget());
      }
    }
    return Optional.empty();
  }

  /**
   * What the syntax cannot tell: {@code UIManager.addPropertyChangeListener} (a static
   * method of a class), {@code Other.SHARED.addListener} (a static field elsewhere).
   */
  private static Optional<Subject> fromSolver(MethodCallExpr call, Expression scope,
      SourceFile file) {
    Optional<ResolvedMethodDeclaration> method = resolve(call, file);
    if (method.isEmpty()) {
      return Optional.empty();
    }
    if (method.get().isStatic()) {
      return staticRegistry(method.get());
    }
    Optional<ResolvedValueDeclaration> value = resolveValue(scope);
    if (value.isEmpty() || !isStaticField(value.get())) {
      return Optional.empty();
    }
    String owner = Solver.ask(() -> value.get().asField().declaringType().getQualifiedName())
        .orElse(scope instanceof FieldAccessExpr access ? access.getScope().toString() : "");
    String name = scope instanceof FieldAccessExpr access ? access.getNameAsString() : scope.toString();
    return qualifiedName(() -> value.get().getType())
        .map(type -> Subject.staticField(owner, name, type));
  }

  /**
   * {@code UIManager.addPropertyChangeListener(l)}: the static registry, when
   * {@link Subject#staticRegistry(String, List)} says the method's parameters allow it; empty when
   * the solver cannot name them.
   */
  private static Optional<Subject> staticRegistry(ResolvedMethodDeclaration method) {
    return Solver.askOptional(() -> { // the solver cannot tell: stay silent
      List<String> parameterTypes = new ArrayList<>();
      for (int i = 0; i < method.getNumberOfParams(); i++) {
        ResolvedType type = method.getParam(i).getType();
        parameterTypes.add(type.isReferenceType() ? type.asReferenceType().getQualifiedName()
            : type.describe());
      }
      return Subject.staticRegistry(method.declaringType().getName(), parameterTypes);
    });
  }

  private static boolean isStaticField(ResolvedValueDeclaration value) {
    return Solver.ask(() -> value.isField() && (value.asField().isStatic()
            || value.asField().declaringType().isInterface()) // interface constants
        || value.isEnumConstant()).orElse(false);
  }

  /** The variable a name or field access denotes (the solver is attached by now). */
  private static Optional<ResolvedValueDeclaration> resolveValue(Expression scope) {
    return Solver.ask(() -> scope instanceof FieldAccessExpr access ? access.resolve()
        : ((NameExpr) scope).resolve());
  }

  private static Optional<ResolvedMethodDeclaration> resolve(MethodCallExpr call, SourceFile file) {
    file.resolution(); // attaches the symbol solver to the file's tree
    return Solver.ask(call::resolve);
  }

  private static Optional<String> qualifiedName(java.util.function.Supplier<ResolvedType> type) {
    return Solver.ask(() -> {
      ResolvedType resolved = type.get();
      return resolved.isReferenceType() ? resolved.asReferenceType().getQualifiedName() : null;
    });
  }
}
