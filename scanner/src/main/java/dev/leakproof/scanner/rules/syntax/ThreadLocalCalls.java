package dev.leakproof.scanner.rules.syntax;

import static com.github.javaparser.ast.expr.Expression.EXCLUDE_ENCLOSED_EXPR;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Argument;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Effect;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import dev.leakproof.checks.model.threadlocal.ValueType;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Calls on static {@code ThreadLocal} fields declared in the same file, as the
 * ThreadLocalNotRemoved rule sees them: which field, which operation, what it does to the
 * thread's value ({@link ThreadLocalApis}).
 */
public final class ThreadLocalCalls {
  /**
   * One call {@code FIELD.op(…)}.
   *
   * @param field the field's {@code VariableDeclarator}
   */
  public record Call(MethodCallExpr call, VariableDeclarator field, Operation operation,
      Effect effect) {}

  private ThreadLocalCalls() {}

  /** The call {@code call}, if it is on a static thread-local field of this file. */
  public static Optional<Call> of(SourceFile file, MethodCallExpr call) {
    Operation operation = ThreadLocalApis.byName(call.getNameAsString(), call.getArguments().size());
    if (operation == null || call.getScope().isEmpty()) {
      return Optional.empty();
    }
    Optional<VariableDeclarator> field = fieldOf(call.getScope().get());
    if (field.isEmpty() || !isStaticThreadLocal(file, field.get())) {
      return Optional.empty();
    }
    Argument argument = operation == Operation.SET
        ? argument(call.getArgument(0), field.get())
        : Argument.OTHER;
    boolean initial = operation == Operation.GET && hasInitialValue(file, field.get());
    return Optional.of(new Call(call, field.get(), operation,
        ThreadLocalApis.effect(operation, argument, initial)));
  }

  /** Every call on {@code field} within {@code root}. */
  public static List<Call> on(SourceFile file, Node root, VariableDeclarator field) {
    return Trees.findAll(root, MethodCallExpr.class).stream()
        .filter(c -> c.getScope().isPresent()
            && ThreadLocalApis.byName(c.getNameAsString(), c.getArguments().size()) != null)
        .map(c -> of(file, c))
        .flatMap(Optional::stream)
        .filter(c -> c.field() == field)
        .toList();
  }

  /**
   * The field {@code F}, {@code this.F} or {@code Type.F} means, when declared in this file; the
   * syntax decides, so locals and parameters shadow fields as in Java.
   */
  private static Optional<VariableDeclarator> fieldOf(Expression receiver) {
    Expression scope = EXCLUDE_ENCLOSED_EXPR.apply(receiver);
    Optional<Declaration> declaration = VariableLookup.of(scope);
    if (declaration.isEmpty() && scope instanceof FieldAccessExpr access
        && access.getScope() instanceof NameExpr typeName) {
      declaration = typeNamed(access, typeName.getNameAsString())
          .flatMap(type -> type.getFieldByName(access.getNameAsString()))
          .flatMap(f -> f.getVariables().stream()
              .filter(v -> v.getNameAsString().equals(access.getNameAsString())).findFirst())
          .map(v -> new Declaration(Declaration.Kind.FIELD, Optional.of(v)));
    }
    return declaration.filter(d -> d.kind() == Declaration.Kind.FIELD)
        .flatMap(Declaration::node)
        .filter(n -> n instanceof VariableDeclarator)
        .map(n -> (VariableDeclarator) n);
  }

  private static Optional<TypeDeclaration<?>> typeNamed(Node from, String name) {
    return from.findCompilationUnit().flatMap(unit -> Trees.findFirst(unit, TypeDeclaration.class,
        t -> t.getNameAsString().equals(name))).map(t -> (TypeDeclaration<?>) t);
  }

  private static boolean isStaticThreadLocal(SourceFile file, VariableDeclarator field) {
    Optional<Node> parent = field.getParentNode();
    if (parent.isEmpty() || !(parent.get() instanceof FieldDeclaration declaration)) {
      return false;
    }
    boolean inInterface = declaration.getParentNode()
        .filter(p -> p instanceof ClassOrInterfaceDeclaration c && c.isInterface()).isPresent();
    return (declaration.isStatic() || inInterface) && isThreadLocalType(file, field.getType(), 0);
  }

  /**
   * What the thread-local in {@code field} holds: the type argument of {@code ThreadLocal<T>} as
   * declared, or as a subclass in this file passes it on; unknown where the syntax cannot tell.
   */
  public static ValueType valueType(SourceFile file, VariableDeclarator field) {
    return valueType(file, field.getType(), 0);
  }

  private static ValueType valueType(SourceFile file, Type type, int depth) {
    if (!(type instanceof ClassOrInterfaceType named) || depth > 8) {
      return ValueType.unknown();
    }
    String name = named.getNameAsString();
    String scope = named.getScope().map(ClassOrInterfaceType::asString).orElse("");
    CompilationUnit unit = file.unit();
    if (isJdkThreadLocal(unit, named)) {
      return named.getTypeArguments().filter(arguments -> arguments.size() == 1)
          .map(arguments -> DeclaredTypes.of(arguments.get(0), unit))
          .orElse(ValueType.unknown());
    }
    return Trees.findFirst(unit, ClassOrInterfaceDeclaration.class,
            c -> c.getNameAsString().equals(name) && !c.isInterface() && scope.isEmpty())
        .flatMap(local -> local.getExtendedTypes().stream().findFirst())
        .map(superclass -> valueType(file, superclass, depth + 1))
        .orElse(ValueType.unknown());
  }

  /**
   * The class of the object a {@code final} field's declaration creates, then the superclasses a
   * class of this file declares it extends, fully qualified (an anonymous class starts at the
   * class it extends); empty when the field is not {@code final} or its initializer creates
   * nothing ({@link dev.leakproof.checks.model.threadlocal.ThreadLocalPut#threadLocalClasses}).
   */
  public static List<String> createdClasses(SourceFile file, VariableDeclarator field) {
    boolean isFinal = field.getParentNode()
        .filter(p -> p instanceof FieldDeclaration declaration && declaration.isFinal()).isPresent();
    Optional<Expression> init = field.getInitializer().map(EXCLUDE_ENCLOSED_EXPR);
    if (!isFinal || init.isEmpty() || !(init.get() instanceof ObjectCreationExpr creation)) {
      return List.of();
    }
    List<String> classes = new ArrayList<>();
    ClassOrInterfaceType type = creation.getType();
    for (int depth = 0; type != null && depth < ThreadLocalModel.MAX_CLASSES; depth++) {
      ValueType declared = DeclaredTypes.of(type, file.unit());
      if (!declared.isKnown()) {
        break;
      }
      classes.add(declared.name());
      String name = type.getNameAsString();
      Optional<ClassOrInterfaceDeclaration> local = type.getScope().isPresent() ? Optional.empty()
          : Trees.findFirst(file.unit(), ClassOrInterfaceDeclaration.class,
              c -> c.getNameAsString().equals(name) && !c.isInterface());
      if (local.isEmpty()) {
        if (!ThreadLocalApis.isJdkClass(declared.name())) {
          classes.addAll(superclassesOf(file, type)); // a class of another file
        }
        break;
      }
      type = local.get().getExtendedTypes().stream().findFirst().orElse(null);
    }
    return ThreadLocalModel.threadLocalClasses(classes.stream());
  }

  /**
   * The superclasses of a class declared in another file, through the symbol solver (asked only
   * for a final thread-local created as such a class); none where it cannot tell.
   */
  private static List<String> superclassesOf(SourceFile file, ClassOrInterfaceType type) {
    file.resolution(); // attaches the symbol solver to this file's tree
    return Solver.ask(() -> type.resolve().asReferenceType().getAllClassesAncestors().stream()
            .map(ResolvedReferenceType::getQualifiedName)
            .filter(name -> !ThreadLocalApis.isJdkClass(name))
            .toList())
        .orElse(List.of()); // cannot tell: the classes of this file only
  }

  /** {@code ThreadLocal}, {@code InheritableThreadLocal} or a subclass, as far as can be seen. */
  private static boolean isThreadLocalType(SourceFile file, Type type, int depth) {
    if (!(type instanceof ClassOrInterfaceType named) || depth > 8) {
      return false;
    }
    String name = named.getNameAsString();
    String scope = named.getScope().map(ClassOrInterfaceType::asString).orElse("");
    CompilationUnit unit = file.unit();
    if (isJdkThreadLocal(unit, named)) {
      return true;
    }
    Optional<ClassOrInterfaceDeclaration> local =
        Trees.findFirst(unit, ClassOrInterfaceDeclaration.class,
        c -> c.getNameAsString().equals(name) && !c.isInterface());
    if (local.isPresent() && scope.isEmpty()) {
      return local.get().getExtendedTypes().stream()
          .anyMatch(t -> isThreadLocalType(file, t, depth + 1));
    }
    if (!name.endsWith("Local")) {
      return false; // not worth the slow solver: thread-local subclasses are named so in practice
    }
    file.resolution(); // attaches the symbol solver to this file's tree
    return Solver.ask(() -> named.resolve().asReferenceType().getAllAncestors().stream()
            .anyMatch(a -> a.getQualifiedName().equals(ThreadLocalApis.THREAD_LOCAL)))
        .orElse(false); // cannot tell: stay silent
  }

  /** {@code ThreadLocal} or {@code InheritableThreadLocal} of {@code java.lang}, as written. */
  private static boolean isJdkThreadLocal(CompilationUnit unit, ClassOrInterfaceType type) {
    String name = type.getNameAsString();
    String scope = type.getScope().map(ClassOrInterfaceType::asString).orElse("");
    return ThreadLocalApis.JDK_TYPES.contains("java.lang." + name)
        && (scope.equals("java.lang") || scope.isEmpty() && !shadowed(unit, name));
  }

  private static boolean shadowed(CompilationUnit unit, String name) {
    for (ImportDeclaration imported : unit.getImports()) {
      if (!imported.isAsterisk() && !imported.isStatic()
          && imported.getName().getIdentifier().equals(name)) {
        return true;
      }
    }
    return Trees.findFirst(unit, TypeDeclaration.class, t -> t.getNameAsString().equals(name))
        .isPresent();
  }

  /** {@code null}, a local holding {@code field.get()} read earlier, or something else. */
  private static Argument argument(Expression value, VariableDeclarator field) {
    Expression v = EXCLUDE_ENCLOSED_EXPR.apply(value);
    if (v instanceof NullLiteralExpr) {
      return Argument.NULL;
    }
    if (v instanceof NameExpr name) {
      Optional<Node> local = VariableLookup.of(name)
          .filter(d -> d.kind() == Declaration.Kind.LOCAL).flatMap(Declaration::node);
      if (local.isPresent() && local.get() instanceof VariableDeclarator variable
          && holdsOnlyPreviousValue(variable, field)) {
        return Argument.PREVIOUS_VALUE;
      }
    }
    return Argument.OTHER;
  }

  /**
   * Whether a method within {@code root} returns what {@code field.get()} held before it set a
   * new value ({@code T last = F.get(); F.set(v); return last;}): a scope the caller ends by
   * setting that value back, so the class hands the taking-out to its callers.
   */
  public static boolean returnsPreviousValue(SourceFile file, Node root, VariableDeclarator field) {
    return Trees.findAll(root, ReturnStmt.class).stream()
        .filter(ret -> ret.getExpression()
            .map(ThreadLocalCalls::uncast)
            .filter(value -> argument(value, field) == Argument.PREVIOUS_VALUE).isPresent())
        .map(ret -> ret.findAncestor(CallableDeclaration.class))
        .flatMap(Optional::stream)
        .anyMatch(method -> on(file, method, field).stream()
            .anyMatch(call -> call.operation() == Operation.SET));
  }

  /**
   * Whether the class takes the value out through its own setter: a one-parameter method that
   * sets {@code field} to its parameter ({@code void setCurrent(T t) { F.set(t); }}) and is
   * called somewhere in the class (or a class nested in it) with {@code null} (Ant's {@code
   * setCurrentExtraFields(null)} in a {@code finally}), unqualified or on its own class.
   */
  public static boolean takenOutThroughSetter(SourceFile file, Node root, VariableDeclarator field) {
    List<MethodDeclaration> methods = Trees.findAll(root, MethodDeclaration.class);
    for (MethodDeclaration setter : methods) {
      if (!isSetter(file, setter, field)) {
        continue;
      }
      String name = setter.getNameAsString();
      // Calls are matched by name: a name(null) certainly calls a setter only when every method
      // of that name beside it that can take null (one reference parameter) is one too; javac
      // gives null to the most specific of them (SetterOverloadTakesTheNull).
      boolean everyOverloadIsASetter = methods.stream()
          .filter(m -> m != setter && m.getNameAsString().equals(name)
              && m.getParentNode().equals(setter.getParentNode())
              && m.getParameters().size() == 1 && !m.getParameter(0).getType().isPrimitiveType())
          .allMatch(m -> isSetter(file, m, field));
      if (!everyOverloadIsASetter) {
        continue;
      }
      boolean calledWithNull = Trees.findAll(root, MethodCallExpr.class).stream()
          .anyMatch(call -> call.getNameAsString().equals(name)
              && call.getArguments().size() == 1
              && EXCLUDE_ENCLOSED_EXPR.apply(call.getArgument(0)) instanceof NullLiteralExpr
              && call.getScope().map(scope -> namesItsClass(scope, setter)).orElse(true));
      if (calledWithNull) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a call's receiver is the setter's own class: {@code this} (also {@code Outer.this}),
   * or the class's name ({@code Holder.setCurrent(null)} from a class nested beside it; {@code
   * Outer.Holder.setCurrent(null)}). Any other receiver is some other object, perhaps of another
   * class with a method of the same name.
   */
  private static boolean namesItsClass(Expression scope, MethodDeclaration setter) {
    Optional<String> named = scope instanceof NameExpr name ? Optional.of(name.getNameAsString())
        : scope instanceof FieldAccessExpr access ? Optional.of(access.getNameAsString())
        : Optional.empty();
    return scope.isThisExpr() || named.isPresent() && setter.getParentNode()
        .filter(type -> type instanceof TypeDeclaration<?> declaration
            && declaration.getNameAsString().equals(named.get()))
        .isPresent();
  }

  /** Whether {@code method} is the class's setter of {@code field} ({@link ThreadLocalModel#isSetter}). */
  private static boolean isSetter(SourceFile file, MethodDeclaration method,
      VariableDeclarator field) {
    return ThreadLocalModel.isSetter(method.getParameters().size(),
        () -> !method.getParameter(0).getType().isPrimitiveType(),
        () -> setsToParameter(file, method, field));
  }

  private static boolean setsToParameter(SourceFile file, MethodDeclaration setter,
      VariableDeclarator field) {
    String parameter = setter.getParameter(0).getNameAsString();
    return on(file, setter, field).stream()
        .anyMatch(call -> call.operation() == Operation.SET
            && uncast(call.call().getArgument(0)) instanceof NameExpr name
            && name.getNameAsString().equals(parameter));
  }

  /** {@code value} without parentheses and casts: {@code (T) previous} returns {@code previous}. */
  private static Expression uncast(Expression value) {
    Expression v = EXCLUDE_ENCLOSED_EXPR.apply(value);
    while (v instanceof CastExpr cast) {
      v = EXCLUDE_ENCLOSED_EXPR.apply(cast.getExpression());
    }
    return v;
  }

  /**
   * Whether every value {@code variable} is given is {@code field.get()} or {@code null}, and one
   * is {@code field.get()}: {@code T previous = null; try { previous = F.get(); ... } finally {
   * F.set(previous); }} puts back the previous value, or takes the value out.
   */
  private static boolean holdsOnlyPreviousValue(VariableDeclarator variable,
      VariableDeclarator field) {
    Optional<Node> block = variable.getParentNode().flatMap(Node::getParentNode)
        .flatMap(Node::getParentNode);
    if (block.isEmpty()) {
      return false;
    }
    List<Expression> values = new ArrayList<>();
    variable.getInitializer().ifPresent(values::add);
    Trees.findAll(block.get(), AssignExpr.class).stream()
        .filter(a -> a.getTarget() instanceof NameExpr n
            && n.getNameAsString().equals(variable.getNameAsString()))
        .forEach(a -> values.add(a.getOperator() == AssignExpr.Operator.ASSIGN
            ? a.getValue() : a)); // a compound assignment is some other value
    return values.stream().anyMatch(v -> isGetOf(v, field))
        && values.stream().allMatch(v -> isGetOf(v, field) || EXCLUDE_ENCLOSED_EXPR.apply(v) instanceof NullLiteralExpr);
  }

  private static boolean isGetOf(Expression value, VariableDeclarator field) {
    Expression v = EXCLUDE_ENCLOSED_EXPR.apply(value);
    while (v instanceof CastExpr cast) {
      v = EXCLUDE_ENCLOSED_EXPR.apply(cast.getExpression());
    }
    return v instanceof MethodCallExpr call
        && call.getNameAsString().equals(Operation.GET.methodName())
        && call.getArguments().isEmpty()
        && call.getScope().flatMap(ThreadLocalCalls::fieldOf).filter(f -> f == field).isPresent();
  }

  /**
   * Whether the field's thread-local creates a value on first {@code get()}: it is initialised
   * with {@code ThreadLocal.withInitial(…)} or with a class overriding {@code initialValue()}.
   */
  private static boolean hasInitialValue(SourceFile file, VariableDeclarator field) {
    Optional<Expression> init = field.getInitializer().map(EXCLUDE_ENCLOSED_EXPR);
    if (init.isEmpty()) {
      return false;
    }
    if (init.get() instanceof MethodCallExpr call) {
      String owner = call.getScope().map(Expression::toString).orElse("");
      return call.getNameAsString().equals(ThreadLocalApis.WITH_INITIAL)
          && (owner.equals("java.lang.ThreadLocal")
              || owner.equals("ThreadLocal") && !shadowed(file.unit(), "ThreadLocal"));
    }
    if (init.get() instanceof ObjectCreationExpr creation) {
      if (creation.getAnonymousClassBody().map(ThreadLocalCalls::declaresInitialValue)
          .orElse(false)) {
        return true;
      }
      return ThreadLocalModel.overridesInitialValue(createdThenSuperclasses(file,
          creation.getType()), ChainClass::name, c -> c.declaresInitialValue().getAsBoolean());
    }
    return false;
  }

  /** A class of a thread-local's chain: its name, and whether it declares {@code initialValue()}. */
  private record ChainClass(String name, BooleanSupplier declaresInitialValue) {}

  /**
   * The class {@code new C()} creates, then its superclasses: those this file declares, read
   * from their {@code extends}; from the first of another file on, the symbol solver's (asked
   * only when the classes of this file do not settle it); the stream ends where neither can tell.
   */
  private static Stream<ChainClass> createdThenSuperclasses(SourceFile file,
      ClassOrInterfaceType created) {
    if (isJdkThreadLocal(file.unit(), created)) {
      return Stream.empty(); // the chain's end: ThreadLocal's own initialValue() returns null
    }
    if (created.getScope().isPresent()) {
      return ofAnotherFile(file, created);
    }
    String name = created.getNameAsString();
    Optional<ClassOrInterfaceDeclaration> local = Trees.findFirst(file.unit(),
        ClassOrInterfaceDeclaration.class, c -> c.getNameAsString().equals(name) && !c.isInterface());
    if (local.isEmpty()) {
      return ofAnotherFile(file, created);
    }
    ChainClass here = new ChainClass(name, () -> declaresInitialValue(local.get().getMembers()));
    return Stream.concat(Stream.of(here), Stream.of(local.get())
        .flatMap(c -> c.getExtendedTypes().stream().limit(1))
        .flatMap(superclass -> createdThenSuperclasses(file, superclass)));
  }

  /** {@link #createdThenSuperclasses} for a class of another file, through the symbol solver. */
  private static Stream<ChainClass> ofAnotherFile(SourceFile file, ClassOrInterfaceType type) {
    file.resolution(); // attaches the symbol solver to this file's tree
    List<ChainClass> classes = Solver.ask(() -> {
      ResolvedReferenceType resolved = type.resolve().asReferenceType();
      return Stream.concat(Stream.of(resolved), resolved.getAllClassesAncestors().stream())
          .map(ancestor -> new ChainClass(ancestor.getQualifiedName(), () -> Solver.ask(
              () -> ancestor.getDeclaredMethods().stream().anyMatch(m ->
                  ThreadLocalApis.overridesInitialValue(m.getName(), m.getNoParams(), null)))
              .orElse(false)))
          .toList();
    }).orElse(List.of()); // cannot tell: no initial value known
    return classes.stream();
  }

  private static boolean declaresInitialValue(List<BodyDeclaration<?>> members) {
    return members.stream().anyMatch(m -> m instanceof MethodDeclaration method
        && ThreadLocalApis.overridesInitialValue(method.getNameAsString(),
            method.getParameters().size(), null));
  }

}
