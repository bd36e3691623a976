package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.leakproof.checks.model.staticcache.BoundedKeys;
import dev.leakproof.checks.model.staticcache.BoundedKeys.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;

/**
 * Error Prone's facts for {@link BoundedKeys}: how the key of one add is computed (through
 * effectively final locals, {@code Math.min/max}, a formatted number's {@code length()}), which
 * comparisons of it with constants hold where the add runs (an enclosing {@code if}, an earlier
 * {@code if (…) return;}), and whether a fixed set's {@code contains(key)} guards it.
 */
final class AddedKeys {
  /** How many definitions deep a key is followed. */
  private static final int DEPTH = 6;

  private AddedKeys() {}

  /**
   * Whether the key the add at {@code add} stores is bounded.
   *
   * @param isFixedSet whether a field used as {@code FIELD.contains(key)} is a fixed set
   * @param state the check's state, in the file of {@code add}
   */
  static boolean bounded(TreePath add, String collectionType, Predicate<VarSymbol> isFixedSet,
      VisitorState state) {
    MethodInvocationTree call = (MethodInvocationTree) add.getLeaf();
    MethodSymbol method = ASTHelpers.getSymbol(call);
    OptionalInt index = method == null ? OptionalInt.empty()
        : BoundedKeys.keyArgument(collectionType, method.getSimpleName().toString());
    if (index.isEmpty() || call.getArguments().size() <= index.getAsInt()) {
      return false;
    }
    ExpressionTree key = Casts.stripped(call.getArguments().get(index.getAsInt()));
    Tree body = enclosingBody(add);
    Range range = new Ranges(state).rangeOf(key, body, DEPTH);
    boolean guarded = false;
    Symbol variable = ASTHelpers.getSymbol(key);
    if (variable instanceof VarSymbol local && (local.getKind() == ElementKind.LOCAL_VARIABLE
        || local.getKind() == ElementKind.PARAMETER) && effectivelyFinal(local, body)) {
      for (Fact fact : factsAt(add)) {
        range = range.and(comparison(fact, local));
        guarded |= fact.holds() && containsCall(fact.condition(), local, isFixedSet);
      }
    }
    return BoundedKeys.isBounded(range, guarded);
  }

  private record Fact(ExpressionTree condition, boolean holds) {}

  private static Tree enclosingBody(TreePath path) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      if (at.getLeaf() instanceof MethodTree || at.getLeaf() instanceof LambdaExpressionTree) {
        return at.getLeaf();
      }
    }
    return path.getCompilationUnit();
  }

  private static List<Fact> factsAt(TreePath add) {
    List<Fact> facts = new ArrayList<>();
    Tree child = add.getLeaf();
    for (TreePath at = add.getParentPath(); at != null; child = at.getLeaf(),
        at = at.getParentPath()) {
      Tree parent = at.getLeaf();
      if (parent instanceof MethodTree || parent instanceof LambdaExpressionTree) {
        break;
      }
      if (parent instanceof IfTree branch && branch.getThenStatement() == child) {
        split(branch.getCondition(), true, facts);
      } else if (parent instanceof IfTree branch && branch.getElseStatement() == child) {
        split(branch.getCondition(), false, facts);
      } else if (parent instanceof BlockTree block) {
        for (StatementTree earlier : block.getStatements()) {
          if (earlier == child) {
            break;
          }
          if (earlier instanceof IfTree exit && exit.getElseStatement() == null
              && alwaysLeaves(exit.getThenStatement())) {
            split(exit.getCondition(), false, facts);
          }
        }
      }
    }
    return facts;
  }

  private static void split(ExpressionTree condition, boolean holds, List<Fact> facts) {
    ExpressionTree c = Casts.stripped(condition);
    if (c.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      split(((UnaryTree) c).getExpression(), !holds, facts);
    } else if (c.getKind() == (holds ? Tree.Kind.CONDITIONAL_AND : Tree.Kind.CONDITIONAL_OR)) {
      split(((BinaryTree) c).getLeftOperand(), holds, facts);
      split(((BinaryTree) c).getRightOperand(), holds, facts);
    } else {
      facts.add(new Fact(c, holds));
    }
  }

  private static boolean alwaysLeaves(StatementTree statement) {
    if (statement instanceof BlockTree block) {
      return !block.getStatements().isEmpty()
          && alwaysLeaves(block.getStatements().get(block.getStatements().size() - 1));
    }
    return statement instanceof ReturnTree || statement instanceof ThrowTree
        || statement instanceof ContinueTree || statement instanceof BreakTree;
  }

  private static Range comparison(Fact fact, VarSymbol variable) {
    if (!(fact.condition() instanceof BinaryTree binary)) {
      return Range.UNKNOWN;
    }
    String operator = switch (binary.getKind()) {
      case LESS_THAN -> "<";
      case LESS_THAN_EQUAL -> "<=";
      case GREATER_THAN -> ">";
      case GREATER_THAN_EQUAL -> ">=";
      case EQUAL_TO -> "==";
      case NOT_EQUAL_TO -> "!=";
      default -> "";
    };
    if (isVariable(binary.getLeftOperand(), variable) && isConstant(binary.getRightOperand())) {
      return BoundedKeys.ofComparison(operator, fact.holds());
    }
    if (isVariable(binary.getRightOperand(), variable) && isConstant(binary.getLeftOperand())) {
      return BoundedKeys.ofComparison(BoundedKeys.flipped(operator), fact.holds());
    }
    return Range.UNKNOWN;
  }

  private static boolean containsCall(ExpressionTree condition, VarSymbol variable,
      Predicate<VarSymbol> isFixedSet) {
    return condition instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && BoundedKeys.isMembershipTest(select.getIdentifier().toString(), call.getArguments().size())
        && isVariable(call.getArguments().get(0), variable)
        && ASTHelpers.getSymbol(select.getExpression()) instanceof VarSymbol set
        && set.getKind() == ElementKind.FIELD && isFixedSet.test(set);
  }

  private static boolean isVariable(ExpressionTree expression, VarSymbol variable) {
    return ASTHelpers.getSymbol(Casts.stripped(expression)) == variable;
  }

  private static boolean isConstant(ExpressionTree expression) {
    return ASTHelpers.constValue(Casts.stripped(expression)) instanceof Number
        || ASTHelpers.constValue(Casts.stripped(expression)) instanceof Character;
  }

  /** Ranges of the expressions of the file being checked, whose private helpers it can read. */
  private record Ranges(VisitorState state) {
    /** The range of an integer expression (or the length of a string one). */
    Range rangeOf(ExpressionTree expression, Tree body, int depth) {
      ExpressionTree e = Casts.stripped(expression);
      if (isConstant(e) || ASTHelpers.constValue(e) instanceof String) {
        return Range.CONSTANT;
      }
      if (depth == 0) {
        return Range.UNKNOWN;
      }
      Symbol symbol = ASTHelpers.getSymbol(e);
      if (symbol instanceof VarSymbol local && symbol.getKind() == ElementKind.LOCAL_VARIABLE
          && effectivelyFinal(local, body)) {
        List<ExpressionTree> initializer = Reassignments.valuesGiven(body, local, false);
        return initializer.isEmpty() ? Range.UNKNOWN : rangeOf(initializer.get(0), body, depth - 1);
      }
      if (e instanceof MethodInvocationTree && symbol instanceof MethodSymbol method
          && (method.isPrivate() || method.isStatic())) {
        MethodTree helper = CompilationBodies.inThisFile(method, state);
        if (helper != null && helper.getBody() != null) {
          List<Range> returned = new ArrayList<>();
          for (ExpressionTree value : OwnCodeSearch.returnedValues(helper.getBody())) {
            returned.add(value == null ? Range.UNKNOWN : rangeOf(value, helper, depth - 1));
          }
          return BoundedKeys.ofReturns(returned);
        }
      }
      if (e instanceof MethodInvocationTree call && symbol instanceof MethodSymbol method) {
        List<Range> operands = new ArrayList<>();
        if (!method.isStatic()) {
          ExpressionTree receiver = ASTHelpers.getReceiver(call);
          operands.add(receiver == null ? Range.UNKNOWN : rangeOf(receiver, body, depth - 1));
        }
        boolean primitive = true;
        for (int i = 0; i < call.getArguments().size(); i++) {
          operands.add(rangeOf(call.getArguments().get(i), body, depth - 1));
          primitive &= method.getParameters().size() > i
              && method.getParameters().get(i).asType().isPrimitive();
        }
        return BoundedKeys.ofCall(method.owner.getQualifiedName().toString(),
            method.getSimpleName().toString(), primitive, operands);
      }
      return Range.UNKNOWN;
    }
  }

  /** Whether nothing in {@code body} assigns {@code variable} after its declaration. */
  private static boolean effectivelyFinal(VarSymbol variable, Tree body) {
    return (variable.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) != 0
        || !Reassignments.assignedIn(body, variable);
  }

}
