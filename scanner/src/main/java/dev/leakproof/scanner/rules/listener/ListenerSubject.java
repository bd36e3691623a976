package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
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
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.Optional;

/**
 * The object a listener is registered on (or removed from): the receiver of the call, as far as
 * the file (and, where the syntax cannot tell, the symbol solver) shows.
 *
 * @param key what makes two calls address the same subject: {@code type:Bus} for static fields
 *     and singleton accessors of a type (one object in practice; two static fields of one type
 *     are taken as one, which can only make the rule quieter), {@code class:UIManager} for a
 *     static registration method, {@code field:bus} for a field of this object
 * @param longerLived whether it is known to outlive the registering object
 * @param description how the finding names it
 */
public record ListenerSubject(String key, boolean longerLived, String description) {
  /** The subject of {@code call}; empty when it cannot be named. */
  public static Optional<ListenerSubject> of(MethodCallExpr call, SourceFile file) {
    if (call.getScope().isEmpty()) {
      // addListener(...) on this: the class is the subject itself; unless the method is static
      // (register(this) of this class or of a static import): JVM-wide state.
      return resolve(call, file).filter(ResolvedMethodDeclaration::isStatic)
          .map(ListenerSubject::staticRegistry);
    }
    Expression scope = RetainsRegisteringObject.strip(call.getScope().get());
    if (scope instanceof MethodCallExpr accessor) {
      return singleton(accessor, file);
    }
    if (!(scope instanceof NameExpr) && !(scope instanceof FieldAccessExpr)) {
      return Optional.empty();
    }
    Optional<Declaration> declaration = VariableLookup.of(scope);
    if (declaration.isPresent() && declaration.get().kind() == Declaration.Kind.FIELD) {
      return field((VariableDeclarator) declaration.get().node().orElseThrow());
    }
    if (declaration.isPresent() && declaration.get().kind() == Declaration.Kind.LOCAL) {
      return declaration.get().node()
          .filter(Parameter.class::isInstance).map(Parameter.class::cast)
          .flatMap(ListenerSubject::fieldKeeping)
          .map(field -> new ListenerSubject("field:" + field, true, "injected " + field));
    }
    boolean elsewhere = declaration.isEmpty()
        || declaration.get().kind() == Declaration.Kind.ELSEWHERE;
    return elsewhere ? fromSolver(call, scope, file) : Optional.empty();
  }

  /** {@code Bus.getInstance().addListener(...)}, {@code Toolkit.getDefaultToolkit()...}. */
  private static Optional<ListenerSubject> singleton(MethodCallExpr accessor, SourceFile file) {
    if (!accessor.getArguments().isEmpty()
        || !ListenerApis.isSingletonAccessor(accessor.getNameAsString())) {
      return Optional.empty();
    }
    return resolve(accessor, file).filter(ResolvedMethodDeclaration::isStatic)
        .flatMap(method -> simpleName(method::getReturnType))
        .map(type -> new ListenerSubject("type:" + type, true, "singleton "
            + accessor.getScope().map(s -> s + ".").orElse("") + accessor.getNameAsString() + "()"));
  }

  /** A field declared in this file: static, or this object's own (injected or not). */
  private static Optional<ListenerSubject> field(VariableDeclarator variable) {
    if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration field)) {
      return Optional.empty();
    }
    String name = variable.getNameAsString();
    if (field.isStatic()) {
      String type = variable.getType().asString().replaceAll("<.*", "");
      type = type.substring(type.lastIndexOf('.') + 1);
      return Optional.of(new ListenerSubject("type:" + type, true, "static field " + name));
    }
    boolean injected = field.getParentNode().filter(TypeDeclaration.class::isInstance)
        .map(t -> isInjected((TypeDeclaration<?>) t, variable)).orElse(false);
    return Optional.of(new ListenerSubject("field:" + name, injected,
        (injected ? "injected field " : "field ") + name));
  }

  /** Whether a constructor of {@code type} assigns one of its parameters to {@code variable}. */
  private static boolean isInjected(TypeDeclaration<?> type, VariableDeclarator variable) {
    for (ConstructorDeclaration constructor : type.getConstructors()) {
      for (AssignExpr assign : constructor.getBody().findAll(AssignExpr.class)) {
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
    Expression e = RetainsRegisteringObject.strip(value);
    if (e instanceof MethodCallExpr call && !call.getArguments().isEmpty()
        && (call.getNameAsString().equals("requireNonNull")
            && call.getScope().map(s -> s.toString().endsWith("Objects")).orElse(true)
            || call.getNameAsString().equals("checkNotNull")
            && call.getScope().map(s -> s.toString().endsWith("Preconditions")).orElse(true))) {
      return RetainsRegisteringObject.strip(call.getArgument(0));
    }
    return e;
  }

  /** The name of this object's field that the constructor declaring {@code parameter} stores it in. */
  private static Optional<String> fieldKeeping(Parameter parameter) {
    if (!(parameter.getParentNode().orElse(null) instanceof ConstructorDeclaration constructor)) {
      return Optional.empty();
    }
    for (AssignExpr assign : constructor.getBody().findAll(AssignExpr.class)) {
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
  private static Optional<ListenerSubject> fromSolver(MethodCallExpr call, Expression scope,
      SourceFile file) {
    Optional<ResolvedMethodDeclaration> method = resolve(call, file);
    if (method.isEmpty()) {
      return Optional.empty();
    }
    if (method.get().isStatic()) {
      return Optional.of(staticRegistry(method.get()));
    }
    Optional<ResolvedValueDeclaration> value = resolveValue(scope);
    if (value.isEmpty() || !isStaticField(value.get())) {
      return Optional.empty();
    }
    return simpleName(() -> value.get().getType())
        .map(type -> new ListenerSubject("type:" + type, true, "static field " + scope));
  }

  private static ListenerSubject staticRegistry(ResolvedMethodDeclaration method) {
    String owner = method.declaringType().getName();
    return new ListenerSubject("class:" + owner, true, "the static registry of " + owner);
  }

  private static boolean isStaticField(ResolvedValueDeclaration value) {
    try {
      return value.isField() && value.asField().isStatic()
          || value.isEnumConstant();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The variable a name or field access denotes (the solver is attached by now). */
  private static Optional<ResolvedValueDeclaration> resolveValue(Expression scope) {
    try {
      return Optional.of(scope instanceof FieldAccessExpr access ? access.resolve()
          : ((NameExpr) scope).resolve());
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  private static Optional<ResolvedMethodDeclaration> resolve(MethodCallExpr call, SourceFile file) {
    file.resolution(); // attaches the symbol solver to the file's tree
    try {
      return Optional.of(call.resolve());
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty(); // the solver cannot tell: stay silent
    }
  }

  private static Optional<String> simpleName(java.util.function.Supplier<ResolvedType> type) {
    try {
      ResolvedType resolved = type.get();
      if (!resolved.isReferenceType()) {
        return Optional.empty();
      }
      String name = resolved.asReferenceType().getQualifiedName();
      return Optional.of(name.substring(name.lastIndexOf('.') + 1));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
