package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.leakproof.checks.knowledge.StructureSources;
import dev.leakproof.checks.knowledge.StructureSources.Kind;
import dev.leakproof.checks.model.concat.ConcatModel;
import dev.leakproof.checks.model.concat.ConcatModel.LoopUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * Whether a loop runs once per element of a structure of code or schema
 * ({@link StructureSources}), read from its tree: an enhanced {@code for} over a source's array,
 * a {@code for} whose test compares the counter with a source's count or array length, a
 * {@code while} stepping through a metadata result set ({@code while (keys.next())}) or testing
 * {@code c.isArray()}. A local stands for a source when every value it is given is that source
 * or {@code null} ({@code keys = null; try { keys = meta.getImportedKeys(…); } catch …}). The
 * scanner and the SpotBugs plugin read the same shapes from their own trees and bytecode.
 */
final class StructureLoops {
  private StructureLoops() {}

  /** Whether {@code loop} (found in {@code method}'s body) iterates a structure source. */
  static boolean iteratesStructure(Tree loop, Tree method, Types types) {
    return switch (loop) {
      case EnhancedForLoopTree forEach -> is(LoopUse.ELEMENTS, forEach.getExpression(), method, types);
      case ForLoopTree forLoop -> forLoop.getCondition() != null
          && ASTHelpers.stripParentheses(forLoop.getCondition()) instanceof BinaryTree test
          && isComparison(test)
          && (bounds(test.getLeftOperand(), method, types)
              || bounds(test.getRightOperand(), method, types));
      case WhileLoopTree whileLoop -> tests(whileLoop.getCondition(), method, types);
      case DoWhileLoopTree doLoop -> tests(doLoop.getCondition(), method, types);
      default -> false; // a forEach lambda: the elements of whatever it is called on
    };
  }

  private static boolean isComparison(BinaryTree test) {
    return switch (test.getKind()) {
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, NOT_EQUAL_TO -> true;
      default -> false;
    };
  }

  /** {@code types.length} or {@code meta.getColumnCount()}, one side of a counter's test. */
  private static boolean bounds(ExpressionTree side, Tree method, Types types) {
    ExpressionTree value = ASTHelpers.stripParentheses(side);
    if (value instanceof MemberSelectTree select && select.getIdentifier().contentEquals("length")
        && ASTHelpers.getType(select.getExpression()) instanceof Type.ArrayType) {
      return is(LoopUse.LENGTH, select.getExpression(), method, types);
    }
    return is(LoopUse.COMPARED, value, method, types);
  }

  /** {@code keys.next()} or {@code c.isArray()} as the loop's whole test. */
  private static boolean tests(ExpressionTree condition, Tree method, Types types) {
    if (!(ASTHelpers.stripParentheses(condition) instanceof MethodInvocationTree call)
        || !call.getArguments().isEmpty()) {
      return false;
    }
    Symbol called = ASTHelpers.getSymbol(call);
    if (called != null && called.getSimpleName().contentEquals("next")) {
      ExpressionTree rows = ASTHelpers.getReceiver(call);
      return rows != null && is(LoopUse.NEXT_ROW, rows, method, types);
    }
    return is(LoopUse.TEST, call, method, types);
  }

  /** Whether {@code expression}, so used, makes the loop run once per element of a structure. */
  private static boolean is(LoopUse use, ExpressionTree expression, Tree method, Types types) {
    List<ExpressionTree> values = valuesOf(ASTHelpers.stripParentheses(expression), method);
    return !values.isEmpty() && values.stream().allMatch(value -> value.getKind()
        == Tree.Kind.NULL_LITERAL || kind(value, types)
            .filter(kind -> ConcatModel.iteratesStructure(use, kind)).isPresent());
  }

  /**
   * The expression itself, or for a local variable every value given to it in {@code method}
   * (empty when it is also changed otherwise: {@code +=}, {@code ++}, or it is a parameter).
   */
  private static List<ExpressionTree> valuesOf(ExpressionTree expression, Tree method) {
    Symbol local = expression instanceof IdentifierTree ? ASTHelpers.getSymbol(expression) : null;
    if (local == null || local.getKind() != ElementKind.LOCAL_VARIABLE
        && local.getKind() != ElementKind.RESOURCE_VARIABLE) {
      return List.of(expression);
    }
    List<ExpressionTree> values = new ArrayList<>();
    boolean[] otherwise = {false};
    TreeSearch.any(method, tree -> {
      switch (tree) {
        case VariableTree declared when ASTHelpers.getSymbol(declared) == local -> {
          if (declared.getInitializer() != null) {
            values.add(ASTHelpers.stripParentheses(declared.getInitializer()));
          }
        }
        case AssignmentTree assign when ASTHelpers.getSymbol(assign.getVariable()) == local ->
            values.add(ASTHelpers.stripParentheses(assign.getExpression()));
        case CompoundAssignmentTree compound
            when ASTHelpers.getSymbol(compound.getVariable()) == local -> otherwise[0] = true;
        case UnaryTree unary when unary.getExpression() instanceof IdentifierTree
            && ASTHelpers.getSymbol(unary.getExpression()) == local -> otherwise[0] = true;
        default -> { }
      }
      return false;
    });
    return otherwise[0] ? List.of() : values;
  }

  /** What a call's result enumerates, asked of the method and of those it overrides. */
  private static Optional<Kind> kind(ExpressionTree value, Types types) {
    if (!(value instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call) instanceof MethodSymbol method)
        || !StructureSources.mayBeSource(method.getSimpleName().toString())) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    if (method.getReturnType() instanceof Type.ArrayType array
        && StructureSources.isEnumValues(method.isStatic(), name, method.getParameters().size(),
            method.owner.getQualifiedName().toString(),
            array.elemtype.tsym.getQualifiedName().toString())) {
      return Optional.of(Kind.MEMBERS);
    }
    Optional<Kind> own = StructureSources.of(method.owner.getQualifiedName().toString(), name);
    if (own.isPresent()) {
      return own;
    }
    return ASTHelpers.findSuperMethods(method, types).stream()
        .map(overridden -> StructureSources.of(
            overridden.owner.getQualifiedName().toString(), name))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
