package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.leakproof.checks.model.listener.WeakRegistries;
import dev.leakproof.checks.model.listener.WeakRegistries.SubjectField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classes a static field of this compilation can hold when its code closes them ({@link
 * WeakRegistries#closedClasses}): the field is private, static and final, and its initialiser (as
 * written, {@link CompilationBodies#field}) is {@code new C(..)} or a call of a method of the
 * field's class without a receiver whose every {@code return}, each branch of a {@code ?:}, is
 * {@code new C(..)} without a class body, with {@code C} declared in this compilation's sources.
 */
final class ClosedFieldClasses {
  private ClosedFieldClasses() {}

  static Optional<List<ClassSymbol>> of(VarSymbol field, VisitorState state) {
    VariableTree declaration = CompilationBodies.field(field, state);
    if (declaration == null || declaration.getInitializer() == null) {
      return Optional.empty();
    }
    ExpressionTree initialiser = declaration.getInitializer();
    boolean isNew = initialiser instanceof NewClassTree;
    MethodSymbol factory = initialiser instanceof MethodInvocationTree call
        && ASTHelpers.getReceiver(call) == null
        && ASTHelpers.getSymbol(call) instanceof MethodSymbol called && called.owner == field.owner
        ? called : null;
    List<ExpressionTree> given = isNew ? List.of(initialiser)
        : factory == null ? List.of() : returned(factory, state);
    Map<String, ClassSymbol> classes = new LinkedHashMap<>();
    List<Optional<String>> returns = new ArrayList<>();
    for (ExpressionTree value : given) {
      Optional<ClassSymbol> made = madeClass(value, state);
      made.ifPresent(type -> classes.put(type.getQualifiedName().toString(), type));
      returns.add(made.map(type -> type.getQualifiedName().toString()));
    }
    return WeakRegistries.closedClasses(new SubjectField(field.isStatic(),
            (field.flags() & Flags.PRIVATE) != 0, (field.flags() & Flags.FINAL) != 0, isNew,
            factory != null && (factory.flags() & Flags.PRIVATE) != 0, returns))
        .map(closed -> List.copyOf(classes.values()));
  }

  /** Every value the method's {@code return}s give (the branches of a {@code ?:} apart), outside lambdas and class bodies. */
  private static List<ExpressionTree> returned(MethodSymbol factory, VisitorState state) {
    TreePath declaration = CompilationBodies.declaration(factory, state);
    List<ExpressionTree> values = new ArrayList<>();
    if (declaration == null || !(declaration.getLeaf() instanceof MethodTree tree)) {
      return values;
    }
    for (ExpressionTree value : OwnCodeSearch.returnedValues(tree.getBody())) {
      if (value != null) {
        branches(value, values);
      }
    }
    return values;
  }

  private static void branches(ExpressionTree value, List<ExpressionTree> into) {
    if (value instanceof ConditionalExpressionTree conditional) {
      branches(conditional.getTrueExpression(), into);
      branches(conditional.getFalseExpression(), into);
    } else if (value instanceof ParenthesizedTree parenthesized) {
      branches(parenthesized.getExpression(), into);
    } else {
      into.add(value);
    }
  }

  /** The class of {@code new C(..)} without a class body, when {@code C} is declared in this compilation's sources. */
  private static Optional<ClassSymbol> madeClass(ExpressionTree value, VisitorState state) {
    if (!(value instanceof NewClassTree creation) || creation.getClassBody() != null
        || !(ASTHelpers.getSymbol(creation.getIdentifier()) instanceof ClassSymbol type)) {
      return Optional.empty();
    }
    Symbol top = type.outermostClass();
    return top != null && JavacTrees.instance(state.context).getTree(top) != null
        ? Optional.of(type) : Optional.empty();
  }
}
