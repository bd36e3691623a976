package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Kinds;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.leakproof.checks.model.singleton.SingletonClass;
import dev.leakproof.checks.model.singleton.SingletonClass.Runs;
import dev.leakproof.checks.model.singleton.SingletonClass.Store;
import dev.leakproof.checks.model.singleton.Singletons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;

/**
 * The facts {@link Singletons} decides on, read from a class symbol and its compilation unit
 * (which holds every call of a private constructor). Each fact is read when the model asks.
 */
final class JavacSingletonClass implements SingletonClass {
  private final ClassSymbol type;
  private final CompilationUnitTree unit;
  private final VisitorState state;

  private JavacSingletonClass(ClassSymbol type, CompilationUnitTree unit, VisitorState state) {
    this.type = type;
    this.unit = unit;
    this.state = state;
  }

  /** How the only instance of {@code type} is held, or empty (see {@link Singletons#holderOf}). */
  static Optional<String> holderOf(ClassSymbol type, CompilationUnitTree unit,
      VisitorState state) {
    return Singletons.holderOf(new JavacSingletonClass(type, unit, state));
  }

  @Override
  public Shape shape() {
    if (type.getKind() == ElementKind.ENUM) {
      return Shape.ENUM;
    }
    boolean local = type.owner != null && type.owner.kind == Kinds.Kind.MTH;
    return type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)
        && !local ? Shape.CONCRETE_CLASS : Shape.OTHER;
  }

  @Override
  public List<String> enumConstants() {
    List<String> constants = new ArrayList<>();
    for (Symbol member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(member.getSimpleName().toString());
      }
    }
    return constants;
  }

  @Override
  public boolean everyConstructorPrivate() {
    // javac lists the implicit default constructor too, with the class's access.
    boolean any = false;
    for (Symbol member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.CONSTRUCTOR) {
        any = true;
        if (!member.getModifiers().contains(Modifier.PRIVATE)) {
          return false;
        }
      }
    }
    return any;
  }

  /** Whether a class of the unit (anonymous ones and enum constant bodies included) extends it. */
  @Override
  public boolean subclassedInUnit() {
    return TreeSearch.any(unit, tree -> tree instanceof ClassTree declared
        && ASTHelpers.getSymbol(declared) instanceof ClassSymbol symbol && symbol != type
        && symbol.getSuperclass() != null && symbol.getSuperclass().tsym == type);
  }

  @Override
  public List<Creation> creations() {
    List<Creation> creations = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        Symbol constructor = ASTHelpers.getSymbol(tree);
        if (constructor == null || constructor.owner == type) {
          // unresolved: counted, to stay on the silent side
          creations.add(new Creation(staticFieldHolding(getCurrentPath())));
        }
        return super.visitNewClass(tree, unused);
      }
    }.scan(unit, null);
    return creations;
  }

  @Override
  public Copying copying() {
    Types types = state.getTypes();
    Type erased = types.erasure(type.asType());
    return types.isSubtype(erased, state.getSymtab().serializableType)
        || types.isSubtype(erased, state.getSymtab().cloneableType)
        ? Copying.POSSIBLE : Copying.IMPOSSIBLE;
  }

  /**
   * The static field of {@code type} (or of a class nested directly in it) that the creation at
   * {@code path} is stored into directly, as its initialiser or by {@code FIELD = new C()}, with
   * what the model needs to know of the store (see {@link Singletons#heldOnceBy}).
   */
  private Optional<Store> staticFieldHolding(TreePath path) {
    if (((NewClassTree) path.getLeaf()).getClassBody() != null) {
      return Optional.empty();
    }
    TreePath at = Enclosing.parentThroughParentheses(path);
    Tree leaf = at.getLeaf();
    if (leaf instanceof VariableTree declaration) {
      Symbol field = ASTHelpers.getSymbol(declaration);
      return holderField(field) && isMemberOf(at, field.owner)
          ? Optional.of(store(field, Runs.STATIC_INITIALISATION)) : Optional.empty();
    }
    if (!(leaf instanceof AssignmentTree assignment)
        || !(at.getParentPath().getLeaf() instanceof ExpressionStatementTree)) {
      return Optional.empty();
    }
    Symbol field = ASTHelpers.getSymbol(assignment.getVariable());
    if (!holderField(field)) {
      return Optional.empty();
    }
    TreePath statement = at.getParentPath();
    TreePath block = statement.getParentPath();
    Runs runs = block.getLeaf() instanceof BlockTree body && body.isStatic()
        && isMemberOf(block, field.owner) ? Runs.STATIC_INITIALISATION
        : firstCallUnderClassLock(statement, field) ? Runs.FIRST_CALL_UNDER_CLASS_LOCK
        : Runs.OTHER;
    return Optional.of(store(field, runs));
  }

  private Store store(Symbol field, Runs runs) {
    String simple = field.getSimpleName().toString();
    String holder = field.owner == type ? simple : field.owner.getSimpleName() + "." + simple;
    return new Store(holder, field.getModifiers().contains(Modifier.FINAL),
        field.getModifiers().contains(Modifier.PRIVATE), runs, writesTo(field));
  }

  /**
   * Whether the statement at {@code statement} is in the branch taken when {@code field == null}
   * (or {@code null == field}) of an {@code if} directly in a {@code static synchronized} method
   * (no lambda or class between them).
   */
  private static boolean firstCallUnderClassLock(TreePath statement, Symbol field) {
    TreePath branch = statement.getParentPath().getLeaf() instanceof BlockTree
        ? statement.getParentPath() : statement;
    if (!(branch.getParentPath().getLeaf() instanceof IfTree test)
        || test.getThenStatement() != branch.getLeaf()
        || !isNullTestOf(ASTHelpers.stripParentheses(test.getCondition()), field)) {
      return false;
    }
    for (TreePath up = branch.getParentPath(); up != null; up = up.getParentPath()) {
      if (up.getLeaf() instanceof MethodTree method) {
        Set<Modifier> modifiers = method.getModifiers().getFlags();
        return modifiers.contains(Modifier.STATIC) && modifiers.contains(Modifier.SYNCHRONIZED);
      }
      if (up.getLeaf() instanceof LambdaExpressionTree || up.getLeaf() instanceof ClassTree) {
        return false;
      }
    }
    return false;
  }

  private static boolean isNullTestOf(ExpressionTree condition, Symbol field) {
    return condition instanceof BinaryTree test && test.getKind() == Tree.Kind.EQUAL_TO
        && (test.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL
            && ASTHelpers.getSymbol(test.getRightOperand()) == field
            || test.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL
            && ASTHelpers.getSymbol(test.getLeftOperand()) == field);
  }

  /** The stores into {@code field} in the unit, its initialiser included. */
  private int writesTo(Symbol field) {
    int[] writes = {0};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (tree.getInitializer() != null && ASTHelpers.getSymbol(tree) == field) {
          writes[0]++;
        }
        return super.visitVariable(tree, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        Symbol target = ASTHelpers.getSymbol(tree.getVariable());
        if (target == field || target == null && namedLike(tree.getVariable(), field)) {
          writes[0]++; // unresolved but named like it: counted, to stay on the silent side
        }
        return super.visitAssignment(tree, unused);
      }
    }.scan(unit, null);
    return writes[0];
  }

  private static boolean namedLike(ExpressionTree variable, Symbol field) {
    Name name = variable instanceof IdentifierTree identifier ? identifier.getName()
        : variable instanceof MemberSelectTree select ? select.getIdentifier() : null;
    return name != null && name.contentEquals(field.getSimpleName());
  }

  /**
   * A static field of the class, or of a class nested directly in it (the
   * initialization-on-demand holder idiom).
   */
  private boolean holderField(Symbol field) {
    return field != null && field.getKind() == ElementKind.FIELD && field.isStatic()
        && (field.owner == type || field.owner.getKind() == ElementKind.CLASS
            && field.owner.isStatic() && field.owner.owner == type);
  }

  private static boolean isMemberOf(TreePath member, Symbol declaring) {
    TreePath up = member.getParentPath();
    return up != null && up.getLeaf() instanceof ClassTree owner
        && ASTHelpers.getSymbol(owner) == declaring;
  }
}
