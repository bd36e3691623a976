package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import dev.leakproof.checks.model.concat.ConcatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which loop, if any, makes a piece of code run again and again with a value carried over from
 * the previous run. Shared by the checks that care about work repeated per iteration.
 */
final class Loops {
  /** Methods that run a lambda argument once per element, like a loop body. */

  private Loops() {}

  /**
   * The nearest loop around {@code path}'s leaf (inside the same method or lambda) that can
   * iterate more than once and across whose iterations {@code variable} keeps its value.
   *
   * <p>A local (or parameter) is carried when it is declared outside that loop; a loop body
   * that declares it starts afresh each time. A field ({@code fieldTarget}) is always carried.
   * The body of a lambda passed to {@code forEach}/{@code forEachOrdered} counts as a loop
   * body, for fields only (a lambda cannot assign an outer local). Any other lambda, and any
   * method or class, is a boundary: what happens beyond it is not this loop's business.
   */
  static Optional<Tree> carryingLoop(TreePath path, Symbol variable, boolean fieldTarget) {
    StatementTree next = nextStatement(path);
    if (next instanceof ReturnTree || next instanceof ThrowTree) {
      return Optional.empty(); // the extended value never reaches a next iteration
    }
    Tree leftByBreak = next instanceof BreakTree brk && brk.getLabel() == null
        ? nearestBreakable(path) : null;
    Tree child = path.getLeaf();
    for (TreePath at = path.getParentPath(); at != null; child = at.getLeaf(), at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      switch (tree.getKind()) {
        case METHOD, CLASS, ENUM, INTERFACE, RECORD, ANNOTATION_TYPE:
          return Optional.empty();
        case LAMBDA_EXPRESSION:
          return fieldTarget && isForEachArgument(at) ? Optional.of(tree) : Optional.empty();
        case FOR_LOOP, ENHANCED_FOR_LOOP, WHILE_LOOP, DO_WHILE_LOOP:
          if (!repeats(tree, child)) {
            continue; // the for initializer, or the iterable of an enhanced for, runs once
          }
          if (tree == leftByBreak) {
            continue; // "s += x; break;": runs at most once per run of this loop
          }
          if (!fieldTarget && declaresInside(tree, variable)) {
            return Optional.empty();
          }
          if (resetEachIteration(path, tree, variable)) {
            return Optional.empty(); // each iteration starts from a fresh value
          }
          if (canIterateTwice(tree, at)) {
            return Optional.of(tree);
          }
          continue; // a single pass: an outer loop may still carry the value
        default:
          continue;
      }
    }
    return Optional.empty();
  }

  /**
   * The loops that carry {@code variable}, innermost first: {@code nearest} (what
   * {@link #carryingLoop} found), then each loop around it that carries the value on, as far as
   * one goes; a {@code forEach} lambda ends the list (what is around it is another method's
   * business).
   */
  static List<Tree> carryingLoops(Tree nearest, TreePath inside, Symbol variable,
      boolean fieldTarget) {
    List<Tree> loops = new ArrayList<>();
    Optional<Tree> loop = Optional.of(nearest);
    while (loop.isPresent()) {
      loops.add(loop.get());
      if (loop.get() instanceof LambdaExpressionTree) {
        break;
      }
      TreePath at = TreePath.getPath(inside.getCompilationUnit(), loop.get());
      loop = at == null ? Optional.empty() : carryingLoop(at, variable, fieldTarget);
    }
    return loops;
  }

  /**
   * Whether the leaf of {@code path} lies in the block of a {@code catch} of its own method: not
   * in a {@code try} body or a {@code finally} block only, and not beyond a lambda or a class,
   * whose code runs when it is called, not when the {@code catch} does.
   */
  static boolean inCatchBlock(TreePath path) {
    if (path.getLeaf() instanceof LambdaExpressionTree) {
      return false; // a forEach body: it runs when forEach calls it
    }
    Tree child = path.getLeaf();
    for (TreePath at = path.getParentPath(); at != null; child = at.getLeaf(), at = at.getParentPath()) {
      Tree tree = at.getLeaf();
      switch (tree.getKind()) {
        case METHOD, CLASS, ENUM, INTERFACE, RECORD, ANNOTATION_TYPE, LAMBDA_EXPRESSION:
          return false;
        case CATCH:
          if (((CatchTree) tree).getBlock() == child) {
            return true;
          }
          continue;
        default:
          continue;
      }
    }
    return false;
  }

  /** The statement right after the one holding the leaf of {@code path}, if any. */
  private static StatementTree nextStatement(TreePath path) {
    TreePath statement = path.getParentPath();
    if (statement == null || !(statement.getLeaf() instanceof ExpressionStatementTree)
        || statement.getParentPath() == null) {
      return null;
    }
    Tree holder = statement.getParentPath().getLeaf();
    List<? extends StatementTree> siblings = holder instanceof BlockTree block
        ? block.getStatements()
        : holder instanceof CaseTree caseTree && caseTree.getStatements() != null
            ? caseTree.getStatements() : List.of();
    int at = siblings.indexOf(statement.getLeaf());
    return at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
  }

  /** The loop or switch an unlabelled {@code break} next to the leaf of {@code path} leaves. */
  private static Tree nearestBreakable(TreePath path) {
    for (TreePath at = path.getParentPath(); at != null; at = at.getParentPath()) {
      switch (at.getLeaf().getKind()) {
        case FOR_LOOP, ENHANCED_FOR_LOOP, WHILE_LOOP, DO_WHILE_LOOP, SWITCH:
          return at.getLeaf();
        case METHOD, CLASS, LAMBDA_EXPRESSION:
          return null;
        default:
          continue;
      }
    }
    return null;
  }

  /**
   * Whether a top-level statement of the loop body, before the one holding the leaf of
   * {@code path}, assigns {@code variable} a value that does not depend on its old one
   * ({@code s = "[";}): every path to the leaf passes it, so nothing is carried over.
   */
  private static boolean resetEachIteration(TreePath path, Tree loop, Symbol variable) {
    if (!(body(loop) instanceof BlockTree block)) {
      return false;
    }
    int holder = -1;
    for (TreePath at = path; at.getParentPath() != null; at = at.getParentPath()) {
      if (at.getParentPath().getLeaf() == block) {
        holder = block.getStatements().indexOf(at.getLeaf());
        break;
      }
    }
    for (int i = 0; i < holder; i++) {
      if (block.getStatements().get(i) instanceof ExpressionStatementTree statement
          && statement.getExpression() instanceof AssignmentTree assignment
          && ASTHelpers.getSymbol(assignment.getVariable()) == variable
          && !mentions(assignment.getExpression(), variable)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(Tree tree, Symbol variable) {
    return TreeSearch.any(tree, node -> (node instanceof IdentifierTree
        || node instanceof MemberSelectTree) && ASTHelpers.getSymbol(node) == variable);
  }

  /** Whether {@code part} of {@code loop} runs on every iteration. */
  private static boolean repeats(Tree loop, Tree part) {
    if (loop instanceof ForLoopTree forLoop) {
      return !forLoop.getInitializer().contains(part);
    }
    if (loop instanceof EnhancedForLoopTree enhancedFor) {
      return part != enhancedFor.getExpression() && part != enhancedFor.getVariable();
    }
    return true;
  }

  private static boolean isForEachArgument(TreePath lambdaPath) {
    TreePath parent = Enclosing.parentThroughParentheses(lambdaPath);
    if (parent == null || !(parent.getLeaf() instanceof MethodInvocationTree call)) {
      return false;
    }
    Symbol method = ASTHelpers.getSymbol(call);
    return method != null
        && ConcatModel.runsLambdaPerElement(method.getSimpleName().toString())
        && call.getArguments().stream().anyMatch(a -> ASTHelpers.stripParentheses(a)
            == lambdaPath.getLeaf());
  }

  /**
   * Whether {@code variable} is declared inside {@code loop}, other than in a for initializer
   * (whose variables live across iterations).
   */
  private static boolean declaresInside(Tree loop, Symbol variable) {
    Predicate<Tree> declaration = tree -> tree instanceof VariableTree declared
        && ASTHelpers.getSymbol(declared) == variable;
    if (loop instanceof ForLoopTree forLoop) {
      return TreeSearch.any(forLoop.getCondition(), declaration)
          || forLoop.getUpdate().stream().anyMatch(update -> TreeSearch.any(update, declaration))
          || TreeSearch.any(forLoop.getStatement(), declaration);
    }
    return TreeSearch.any(loop, declaration);
  }

  /**
   * False only when the loop certainly runs its body at most once: {@code do … while (false)},
   * or a body whose last statement unconditionally leaves the loop ({@code break},
   * {@code return}, {@code throw}) with no {@code continue} that could start another iteration.
   */
  static boolean canIterateTwice(Tree loop, TreePath loopPath) {
    if (loop instanceof DoWhileLoopTree doWhile
        && Boolean.FALSE.equals(ASTHelpers.constValue(doWhile.getCondition(), Boolean.class))) {
      return false;
    }
    StatementTree body = body(loop);
    StatementTree last = body;
    if (body instanceof BlockTree block) {
      List<? extends StatementTree> statements = block.getStatements();
      last = statements.isEmpty() ? null : statements.get(statements.size() - 1);
    }
    if (last == null) {
      return true;
    }
    boolean leaves = switch (last.getKind()) {
      case BREAK, RETURN, THROW -> true;
      default -> false;
    };
    return !leaves || continues(body, labelOf(loopPath));
  }

  /**
   * The parts of {@code loop}'s body (a loop statement, or a {@code forEach} lambda found on
   * {@code inside}'s path) that run on every iteration that goes on to the next: the body's
   * top-level statements, up to and including the first that can start the next iteration early
   * (a {@code continue} of this loop, or a {@code return} in the lambda). A lambda's expression
   * body is one part.
   */
  static List<Tree> partsOnEveryIteration(Tree loop, TreePath inside) {
    Tree body = loop instanceof LambdaExpressionTree lambda ? lambda.getBody() : body(loop);
    List<? extends Tree> parts = body instanceof BlockTree block ? block.getStatements() : List.of(body);
    String label = null;
    for (TreePath at = inside; at != null; at = at.getParentPath()) {
      if (at.getLeaf() == loop) {
        label = labelOf(at);
        break;
      }
    }
    List<Tree> every = new ArrayList<>();
    for (Tree part : parts) {
      every.add(part);
      boolean endsIterationEarly = part instanceof StatementTree statement
          && (loop instanceof LambdaExpressionTree ? returns(statement) : continues(statement, label));
      if (endsIterationEarly) {
        break;
      }
    }
    return every;
  }

  /** Whether {@code statement} holds a {@code return} of the method or lambda it is in. */
  private static boolean returns(StatementTree statement) {
    return new OwnCodeSearch() {
      @Override
      public Boolean visitReturn(ReturnTree tree, Void unused) {
        return true;
      }
    }.foundIn(statement);
  }

  private static StatementTree body(Tree loop) {
    return switch (loop) {
      case ForLoopTree t -> t.getStatement();
      case EnhancedForLoopTree t -> t.getStatement();
      case WhileLoopTree t -> t.getStatement();
      default -> ((DoWhileLoopTree) loop).getStatement();
    };
  }

  private static String labelOf(TreePath loopPath) {
    TreePath parent = loopPath.getParentPath();
    return parent != null && parent.getLeaf() instanceof LabeledStatementTree labeled
        ? labeled.getLabel().toString() : null;
  }

  /** Whether {@code body} holds a {@code continue} of the loop labelled {@code label}. */
  private static boolean continues(StatementTree body, String label) {
    OwnCodeSearch finder = new OwnCodeSearch() {
      private int nestedLoops;

      @Override
      public Boolean visitContinue(ContinueTree tree, Void unused) {
        return tree.getLabel() == null
            ? nestedLoops == 0
            : label != null && tree.getLabel().contentEquals(label);
      }

      private Boolean nested(Tree tree) {
        nestedLoops++;
        try {
          return reduce(super.scan(tree, null), null);
        } finally {
          nestedLoops--;
        }
      }

      @Override
      public Boolean scan(Tree tree, Void unused) {
        if (tree == null) {
          return false;
        }
        return switch (tree.getKind()) {
          case FOR_LOOP, ENHANCED_FOR_LOOP, WHILE_LOOP, DO_WHILE_LOOP -> nested(tree);
          default -> super.scan(tree, unused);
        };
      }
    };
    return finder.foundIn(body);
  }
}
