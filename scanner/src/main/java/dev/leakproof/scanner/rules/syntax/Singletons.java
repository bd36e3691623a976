package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.leakproof.scanner.engine.Trees;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a class has exactly one instance for the life of its class loader, held by one of its
 * own static fields, so that its instance fields live as long as a static field would:
 *
 * <ul>
 *   <li>an enum with exactly one constant and no constant body;
 *   <li>a concrete member or top-level class whose every constructor is private (an implicit one
 *       has the class's access), that is neither {@code Serializable} nor {@code Cloneable}
 *       (the solver must see every supertype), that no class of the file extends and that the
 *       file instantiates exactly once: as the initialiser of one of its own static final
 *       fields, or as a plain {@code FIELD = new C()} statement of one of its own
 *       {@code static {}} blocks. (Final, so that nothing lets go of the instance: a holder set
 *       to null frees it.)
 * </ul>
 *
 * <p>Private constructors can be called only from inside the file. Types are matched by simple
 * name, which can only count too many creations or subclasses (and so stay silent).
 */
public final class Singletons {
  private static final Set<String> COPYABLE = Set.of("java.io.Serializable", "java.lang.Cloneable");

  private Singletons() {}

  /**
   * How the only instance of {@code type} is held ("the enum constant INSTANCE", "static
   * INSTANCE"), or empty when {@code type} is not certainly a singleton.
   *
   * @param ancestors every supertype of a class, empty when the solver cannot tell
   */
  public static Optional<String> holderOf(TypeDeclaration<?> type, CompilationUnit unit,
      Function<TypeDeclaration<?>, Optional<Set<String>>> ancestors) {
    if (type instanceof EnumDeclaration enumeration) {
      return enumeration.getEntries().size() == 1
          && enumeration.getEntry(0).getClassBody().isEmpty()
          ? Optional.of("the enum constant " + enumeration.getEntry(0).getNameAsString())
          : Optional.empty();
    }
    if (!(type instanceof ClassOrInterfaceDeclaration declared) || declared.isInterface()
        || declared.isAbstract() || declared.isLocalClassDeclaration()
        || !everyConstructorPrivate(declared) || subclassedIn(unit, declared)) {
      return Optional.empty();
    }
    String name = declared.getNameAsString();
    List<ObjectCreationExpr> creations = Trees.findAll(unit, ObjectCreationExpr.class,
        c -> c.getType().getNameAsString().equals(name));
    Optional<String> holder = creations.size() == 1
        ? staticFieldHolding(creations.get(0), declared) : Optional.empty();
    // Last, as it may ask the solver.
    return holder.isPresent() && !copyable(declared, ancestors)
        ? holder.map(field -> "static " + field) : Optional.empty();
  }

  private static boolean everyConstructorPrivate(ClassOrInterfaceDeclaration type) {
    List<ConstructorDeclaration> constructors = type.getConstructors();
    return constructors.isEmpty() ? type.isPrivate()
        : constructors.stream().allMatch(ConstructorDeclaration::isPrivate);
  }

  private static boolean subclassedIn(CompilationUnit unit, ClassOrInterfaceDeclaration type) {
    String name = type.getNameAsString();
    return Trees.findFirst(unit, ClassOrInterfaceDeclaration.class,
        c -> c.getExtendedTypes().stream()
        .anyMatch(t -> t.getNameAsString().equals(name))).isPresent();
  }

  /** Serializable or Cloneable, or with a supertype the solver cannot see (it might be either). */
  private static boolean copyable(ClassOrInterfaceDeclaration type,
      Function<TypeDeclaration<?>, Optional<Set<String>>> ancestors) {
    List<ClassOrInterfaceType> supertypes = new java.util.ArrayList<>(type.getExtendedTypes());
    supertypes.addAll(type.getImplementedTypes());
    if (supertypes.isEmpty()) {
      return false; // only Object, which is neither
    }
    return ancestors.apply(type).map(names -> names.stream().anyMatch(COPYABLE::contains))
        .orElse(true);
  }

  /**
   * The static final field of {@code type} that {@code creation} initialises, when it is that
   * field's initialiser or a {@code FIELD = new C()} statement directly in a static block of
   * {@code type} (so it runs once: no loop, no lambda, no method around it).
   */
  private static Optional<String> staticFieldHolding(ObjectCreationExpr creation,
      ClassOrInterfaceDeclaration type) {
    if (creation.getAnonymousClassBody().isPresent()) {
      return Optional.empty();
    }
    Node parent = parent(creation);
    while (parent instanceof EnclosedExpr) {
      parent = parent(parent);
    }
    if (parent instanceof VariableDeclarator variable
        && parent(variable) instanceof FieldDeclaration field && field.isStatic()
        && field.isFinal() && parent(field) == type) {
      return Optional.of(variable.getNameAsString());
    }
    if (parent instanceof AssignExpr assignment
        && assignment.getOperator() == AssignExpr.Operator.ASSIGN
        && parent(assignment) instanceof ExpressionStmt statement
        && parent(statement) instanceof BlockStmt block
        && parent(block) instanceof InitializerDeclaration initializer && initializer.isStatic()
        && parent(initializer) == type) {
      return VariableLookup.variableName(assignment.getTarget())
          .filter(name -> isOwnStaticField(type, assignment.getTarget()));
    }
    return Optional.empty();
  }

  private static boolean isOwnStaticField(ClassOrInterfaceDeclaration type, Expression target) {
    return VariableLookup.of(target)
        .filter(d -> d.kind() == Declaration.Kind.FIELD)
        .flatMap(Declaration::node)
        .map(node -> parent(node) instanceof FieldDeclaration field && field.isStatic()
            && field.isFinal() && parent(field) == type)
        .orElse(false);
  }

  private static Node parent(Node node) {
    return node.getParentNode().orElse(null);
  }
}
