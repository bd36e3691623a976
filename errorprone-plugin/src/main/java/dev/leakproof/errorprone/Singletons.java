package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Whether a class has exactly one instance for the life of its class loader, held by one of its
 * own static fields, so that its instance fields live as long as a static field would:
 *
 * <ul>
 *   <li>an enum with exactly one constant and no constant body (no subclass);
 *   <li>a concrete class whose every constructor is private, that is neither
 *       {@code Serializable} nor {@code Cloneable} (no copies by deserialisation or cloning),
 *       that nothing in the compilation unit subclasses, and that the unit instantiates exactly
 *       once: as the initialiser of one of its own static final fields, or as a plain
 *       {@code FIELD = new C()} statement of one of its own {@code static {}} blocks. (Final, so
 *       that nothing lets go of the instance: a holder set to null frees it.)
 * </ul>
 *
 * <p>Private constructors can be called only from inside the compilation unit, so the unit shows
 * every instance there is (reflection aside).
 */
final class Singletons {
  private Singletons() {}

  /**
   * How the only instance of {@code type} is held ("the enum constant INSTANCE", "static
   * INSTANCE"), or empty when {@code type} is not certainly a singleton.
   */
  static Optional<String> holderOf(ClassSymbol type, CompilationUnitTree unit,
      VisitorState state) {
    if (type.getKind() == ElementKind.ENUM) {
      List<Symbol> constants = new ArrayList<>();
      for (Symbol member : type.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member);
        }
      }
      return constants.size() == 1 && !subclassedIn(unit, type)
          ? Optional.of("the enum constant " + constants.get(0).getSimpleName())
          : Optional.empty();
    }
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)
        || !everyConstructorPrivate(type) || copyable(type, state)
        || subclassedIn(unit, type)) {
      return Optional.empty();
    }
    List<TreePath> creations = creationsOf(type, unit);
    if (creations.size() != 1) {
      return Optional.empty();
    }
    return staticFieldHolding(creations.get(0), type).map(f -> "static " + f.getSimpleName());
  }

  private static boolean everyConstructorPrivate(ClassSymbol type) {
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

  /** Serializable (deserialising makes a copy) or Cloneable (so does clone()). */
  private static boolean copyable(ClassSymbol type, VisitorState state) {
    Types types = state.getTypes();
    Type erased = types.erasure(type.asType());
    return types.isSubtype(erased, state.getSymtab().serializableType)
        || types.isSubtype(erased, state.getSymtab().cloneableType);
  }

  /** Whether a class of the unit (anonymous ones and enum constant bodies included) extends it. */
  private static boolean subclassedIn(CompilationUnitTree unit, ClassSymbol type) {
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        ClassSymbol symbol = ASTHelpers.getSymbol(tree);
        if (symbol != null && symbol != type && symbol.getSuperclass() != null
            && symbol.getSuperclass().tsym == type) {
          found[0] = true;
        }
        return super.visitClass(tree, unused);
      }
    }.scan(unit, null);
    return found[0];
  }

  /** Every {@code new C(…)} of the unit. */
  private static List<TreePath> creationsOf(ClassSymbol type, CompilationUnitTree unit) {
    List<TreePath> creations = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        Symbol constructor = ASTHelpers.getSymbol(tree);
        if (constructor == null || constructor.owner == type) {
          creations.add(getCurrentPath()); // unresolved: count it, to stay on the silent side
        }
        return super.visitNewClass(tree, unused);
      }
    }.scan(unit, null);
    return creations;
  }

  /**
   * The static final field of {@code type} that the creation at {@code path} initialises, when
   * it is that field's initialiser or a {@code FIELD = new C()} statement directly in a static
   * block of {@code type} (so it runs once: no loop, no lambda, no method around it).
   */
  private static Optional<Symbol> staticFieldHolding(TreePath path, ClassSymbol type) {
    TreePath at = path.getParentPath();
    while (at.getLeaf() instanceof ParenthesizedTree) {
      at = at.getParentPath();
    }
    Tree leaf = at.getLeaf();
    if (leaf instanceof VariableTree declaration) {
      Symbol field = ASTHelpers.getSymbol(declaration);
      return ownStaticField(field, type) && isMemberOf(at, type) ? Optional.of(field)
          : Optional.empty();
    }
    if (leaf instanceof AssignmentTree assignment
        && at.getParentPath().getLeaf() instanceof ExpressionStatementTree) {
      Symbol field = ASTHelpers.getSymbol(assignment.getVariable());
      TreePath block = at.getParentPath().getParentPath();
      return ownStaticField(field, type) && block.getLeaf() instanceof BlockTree body
          && body.isStatic() && isMemberOf(block, type) ? Optional.of(field) : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean ownStaticField(Symbol field, ClassSymbol type) {
    return field != null && field.getKind() == ElementKind.FIELD && field.isStatic()
        && field.getModifiers().contains(Modifier.FINAL) && field.owner == type;
  }

  private static boolean isMemberOf(TreePath member, ClassSymbol type) {
    TreePath up = member.getParentPath();
    return up != null && up.getLeaf() instanceof ClassTree owner
        && ASTHelpers.getSymbol(owner) == type;
  }
}
