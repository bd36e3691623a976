package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.leakproof.checks.model.singleton.SingletonClass;
import dev.leakproof.checks.model.singleton.SingletonClass.Runs;
import dev.leakproof.checks.model.singleton.SingletonClass.Store;
import dev.leakproof.checks.model.singleton.Singletons;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The facts {@link Singletons} decides on, read from a JavaParser type declaration and its
 * compilation unit (which holds every call of a private constructor). Types are matched by
 * simple name, which can only count too many creations or subclasses (and so stay silent); the
 * type solver is asked only for the supertypes, and only when the model gets that far.
 */
public final class ParsedSingletonClass implements SingletonClass {
  private static final Set<String> COPYABLE = Set.of("java.io.Serializable", "java.lang.Cloneable");

  private final TypeDeclaration<?> type;
  private final CompilationUnit unit;
  private final Function<TypeDeclaration<?>, Optional<Set<String>>> ancestors;

  private ParsedSingletonClass(TypeDeclaration<?> type, CompilationUnit unit,
      Function<TypeDeclaration<?>, Optional<Set<String>>> ancestors) {
    this.type = type;
    this.unit = unit;
    this.ancestors = ancestors;
  }

  /**
   * How the only instance of {@code type} is held, or empty (see {@link Singletons#holderOf}).
   *
   * @param ancestors every supertype of a class, empty when the solver cannot tell
   */
  public static Optional<String> holderOf(TypeDeclaration<?> type, CompilationUnit unit,
      Function<TypeDeclaration<?>, Optional<Set<String>>> ancestors) {
    return Singletons.holderOf(new ParsedSingletonClass(type, unit, ancestors));
  }

  @Override
  public Shape shape() {
    if (type instanceof EnumDeclaration) {
      return Shape.ENUM;
    }
    return type instanceof ClassOrInterfaceDeclaration declared && !declared.isInterface()
        && !declared.isAbstract() && !declared.isLocalClassDeclaration()
        ? Shape.CONCRETE_CLASS : Shape.OTHER;
  }

  @Override
  public List<String> enumConstants() {
    return type instanceof EnumDeclaration enumeration
        ? enumeration.getEntries().stream().map(EnumConstantDeclaration::getNameAsString).toList()
        : List.of();
  }

  @Override
  public boolean everyConstructorPrivate() {
    List<ConstructorDeclaration> constructors = type.getConstructors();
    return constructors.isEmpty() ? type.isPrivate()
        : constructors.stream().allMatch(ConstructorDeclaration::isPrivate);
  }

  /** A class of the unit that extends it by name, or an enum constant with a body. */
  @Override
  public boolean subclassedInUnit() {
    if (type instanceof EnumDeclaration enumeration) {
      return enumeration.getEntries().stream().anyMatch(e -> !e.getClassBody().isEmpty());
    }
    String name = type.getNameAsString();
    return Trees.findFirst(unit, ClassOrInterfaceDeclaration.class,
        c -> c.getExtendedTypes().stream()
        .anyMatch(t -> t.getNameAsString().equals(name))).isPresent();
  }

  @Override
  public List<Creation> creations() {
    String name = type.getNameAsString();
    return Trees.findAll(unit, ObjectCreationExpr.class,
            c -> c.getType().getNameAsString().equals(name))
        .stream().map(c -> new Creation(staticFieldHolding(c))).toList();
  }

  /** Serializable or Cloneable, or with a supertype the solver cannot see (it might be either). */
  @Override
  public Copying copying() {
    if (!(type instanceof ClassOrInterfaceDeclaration declared)) {
      return Copying.UNKNOWN;
    }
    List<ClassOrInterfaceType> supertypes = new ArrayList<>(declared.getExtendedTypes());
    supertypes.addAll(declared.getImplementedTypes());
    if (supertypes.isEmpty()) {
      return Copying.IMPOSSIBLE; // only Object, which is neither
    }
    return ancestors.apply(type)
        .map(names -> names.stream().anyMatch(COPYABLE::contains)
            ? Copying.POSSIBLE : Copying.IMPOSSIBLE)
        .orElse(Copying.UNKNOWN);
  }

  /**
   * The static field of {@code type} (or of a class nested directly in it) that {@code creation}
   * is stored into directly, as its initialiser or by {@code FIELD = new C()}, with what the
   * model needs to know of the store (see {@link Singletons#heldOnceBy}).
   */
  private Optional<Store> staticFieldHolding(ObjectCreationExpr creation) {
    if (creation.getAnonymousClassBody().isPresent()) {
      return Optional.empty();
    }
    Node parent = parent(creation);
    while (parent instanceof EnclosedExpr) {
      parent = parent(parent);
    }
    if (parent instanceof VariableDeclarator variable
        && parent(variable) instanceof FieldDeclaration field && field.isStatic()) {
      return holderPrefix(parent(field)).map(prefix -> store(prefix, variable, field,
          Runs.STATIC_INITIALISATION));
    }
    if (!(parent instanceof AssignExpr assignment)
        || assignment.getOperator() != AssignExpr.Operator.ASSIGN
        || !(parent(assignment) instanceof ExpressionStmt statement)) {
      return Optional.empty();
    }
    Optional<VariableDeclarator> target = VariableLookup.of(assignment.getTarget())
        .filter(d -> d.kind() == Declaration.Kind.FIELD)
        .flatMap(Declaration::node)
        .filter(VariableDeclarator.class::isInstance).map(VariableDeclarator.class::cast)
        .filter(v -> parent(v) instanceof FieldDeclaration field && field.isStatic());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    VariableDeclarator variable = target.get();
    FieldDeclaration field = (FieldDeclaration) parent(variable);
    Runs runs = parent(statement) instanceof BlockStmt block
        && parent(block) instanceof InitializerDeclaration initializer && initializer.isStatic()
        && parent(initializer) == parent(field) ? Runs.STATIC_INITIALISATION
        : firstCallUnderClassLock(statement, variable.getNameAsString())
        ? Runs.FIRST_CALL_UNDER_CLASS_LOCK : Runs.OTHER;
    return holderPrefix(parent(field)).map(prefix -> store(prefix, variable, field, runs));
  }

  private Store store(String prefix, VariableDeclarator variable, FieldDeclaration field,
      Runs runs) {
    return new Store(prefix + variable.getNameAsString(), field.isFinal(), field.isPrivate(), runs,
        writesTo(variable));
  }

  /**
   * Whether {@code statement} is in the branch taken when {@code field == null} (or
   * {@code null == field}) of an {@code if} directly in a {@code static synchronized} method (no
   * lambda or class between them).
   */
  private static boolean firstCallUnderClassLock(ExpressionStmt statement, String field) {
    Node branch = parent(statement) instanceof BlockStmt block ? block : statement;
    if (!(parent(branch) instanceof IfStmt test) || test.getThenStmt() != branch
        || !isNullTestOf(test.getCondition(), field)) {
      return false;
    }
    for (Node n = parent(test); n != null; n = parent(n)) {
      if (n instanceof MethodDeclaration method) {
        return method.isStatic() && method.isSynchronized();
      }
      if (n instanceof LambdaExpr || n instanceof TypeDeclaration<?>
          || n instanceof ObjectCreationExpr) {
        return false;
      }
    }
    return false;
  }

  private static boolean isNullTestOf(Expression condition, String field) {
    while (condition instanceof EnclosedExpr enclosed) {
      condition = enclosed.getInner();
    }
    return condition instanceof BinaryExpr test && test.getOperator() == BinaryExpr.Operator.EQUALS
        && (test.getLeft().isNullLiteralExpr() && names(test.getRight(), field)
            || test.getRight().isNullLiteralExpr() && names(test.getLeft(), field));
  }

  private static boolean names(Expression expression, String field) {
    return expression instanceof NameExpr name && name.getNameAsString().equals(field)
        || expression instanceof FieldAccessExpr access && access.getNameAsString().equals(field);
  }

  /**
   * The stores into {@code field} in the unit, its initialiser included: every assignment whose
   * target is named like it, unless the name is a plain one that means another variable (counting
   * a look-alike {@code Other.field = x} too can only keep the model silent).
   */
  private int writesTo(VariableDeclarator field) {
    String name = field.getNameAsString();
    int writes = field.getInitializer().isPresent() ? 1 : 0;
    for (AssignExpr assignment : Trees.findAll(unit, AssignExpr.class, a -> true)) {
      Expression target = assignment.getTarget();
      if (target instanceof FieldAccessExpr access && access.getNameAsString().equals(name)) {
        writes++;
      } else if (target instanceof NameExpr plain && plain.getNameAsString().equals(name)
          && VariableLookup.of(plain).flatMap(Declaration::node)
              .map(node -> node == field).orElse(true)) {
        writes++;
      }
    }
    return writes;
  }

  /**
   * How a static field of {@code declaring} is named in the holder's description: {@code ""}
   * for the class itself, {@code "Lazy."} for a class nested directly in it (the holder idiom);
   * empty for any other class, whose initialisation is not the singleton's.
   */
  private Optional<String> holderPrefix(Node declaring) {
    if (declaring == type) {
      return Optional.of("");
    }
    return declaring instanceof ClassOrInterfaceDeclaration nested && !nested.isInterface()
        && nested.isStatic() && parent(nested) == type
        ? Optional.of(nested.getNameAsString() + ".") : Optional.empty();
  }

  private static Node parent(Node node) {
    return node.getParentNode().orElse(null);
  }
}
