package dev.leakproof.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AssignmentTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompoundAssignmentTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.model.concat.ConcatModel;
import dev.leakproof.checks.model.concat.CountedLoop;
import dev.leakproof.checks.model.concat.LoopCarriedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.lang.model.element.ElementKind;

/**
 * A {@code String} carried across loop iterations and extended with {@code +=},
 * {@code s = s + …} or {@code s = … + s}: each iteration copies the whole string so far, so
 * the loop costs quadratic time and leaves a trail of garbage.
 *
 * <p>Carried means a local or parameter declared outside the loop, or a field of this object
 * (or a static one). The body of a lambda passed to {@code forEach} counts as a loop body for
 * fields. Not reported: strings declared inside the body, concatenation outside loops, loops
 * that cannot iterate twice, fields of other objects, and anything whose type is not certainly
 * {@code String}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = Rule.Names.STRING_CONCAT_IN_LOOP,
    summary = Rule.Summaries.STRING_CONCAT_IN_LOOP,
    linkType = CUSTOM,
    link = Rule.Links.STRING_CONCAT_IN_LOOP,
    severity = WARNING,
    tags = StandardTags.PERFORMANCE)
public final class StringConcatInLoop extends SafeBugChecker
    implements CompoundAssignmentTreeMatcher, AssignmentTreeMatcher {
  private static final long serialVersionUID = 1L;


  @Override
  public Description matchCompoundAssignment(CompoundAssignmentTree tree, VisitorState state) {
    return guarded(tree, state, () -> tree.getKind() == Tree.Kind.PLUS_ASSIGNMENT
        ? check(tree, tree.getVariable(), true, true, state) : Description.NO_MATCH);
  }

  @Override
  public Description matchAssignment(AssignmentTree tree, VisitorState state) {
    return guarded(tree, state, () -> {
      ExpressionTree value = ASTHelpers.stripParentheses(tree.getExpression());
      boolean concatCall = isStringConcatCall(value);
      if (!concatCall && concatOperands(value, state).size() < 2) {
        return Description.NO_MATCH;
      }
      ExpressionTree target = tree.getVariable();
      return check(tree, target, extendsItself(value, target, state), !concatCall, state);
    });
  }

  /**
   * @param offerFix whether the StringBuilder fix applies (it rewrites {@code +=} and {@code +}
   *     chains, not {@code concat} calls)
   */
  private Description check(ExpressionTree assignment, ExpressionTree target,
      boolean extendsItself, boolean offerFix, VisitorState state) {
    VarSymbol variable =
        ASTHelpers.getSymbol(target) instanceof VarSymbol v ? v : null; // else an array element
    boolean field = variable != null && variable.getKind() == ElementKind.FIELD;
    List<Tree> carryingLoop = new ArrayList<>(1);
    Optional<String> finding = ConcatModel.judge(new LoopCarriedString() {
      @Override
      public boolean extendsItself() {
        return extendsItself;
      }

      @Override
      public boolean isOwnStringVariable() {
        boolean local = variable != null && (variable.getKind() == ElementKind.LOCAL_VARIABLE
            || variable.getKind() == ElementKind.PARAMETER);
        return isString(target, state)
            && (field ? isOwnField(target, variable) : local);
      }

      @Override
      public boolean carriedAcrossIterations() {
        Loops.carryingLoop(state.getPath(), variable, field).ifPresent(carryingLoop::add);
        return !carryingLoop.isEmpty();
      }

      @Override
      public boolean loopTestReadsIt() {
        Tree loop = carryingLoop.get(0);
        ExpressionTree test = loop instanceof WhileLoopTree whileLoop ? whileLoop.getCondition()
            : loop instanceof DoWhileLoopTree doLoop ? doLoop.getCondition()
            : loop instanceof ForLoopTree forLoop ? forLoop.getCondition()
            : null;
        return TreeSearch.any(test, tree -> tree instanceof ExpressionTree read
            && (tree instanceof IdentifierTree || tree instanceof MemberSelectTree)
            && sameVariable(read, target));
      }

      @Override
      public boolean readWholeOnEveryIteration() {
        return Loops.partsOnEveryIteration(carryingLoop.get(0), state.getPath()).stream()
            .anyMatch(part -> !isExtensionOf(part, target, state) && readsWhole(part, target));
      }

      @Override
      public OptionalLong fixedIterations() {
        // A forEach lambda among them runs once per element, which CountedLoops does not count.
        return CountedLoop.inAll(carryingLoops().stream().map(CountedLoops::of).toList());
      }

      @Override
      public boolean builtOnlyOnFailure() {
        List<Tree> loops = carryingLoops();
        TreePath at = TreePath.getPath(state.getPath().getCompilationUnit(),
            loops.get(loops.size() - 1));
        return at != null && Loops.inCatchBlock(at);
      }

      @Override
      public boolean boundedByStructure() {
        Tree method = enclosingMethodOrClass(state.getPath());
        return carryingLoops().stream().allMatch(
            loop -> StructureLoops.iteratesStructure(loop, method, state.getTypes()));
      }

      private List<Tree> carryingLoops() {
        return Loops.carryingLoops(carryingLoop.get(0), state.getPath(), variable, field);
      }

      @Override
      public String variable() {
        return variable.getSimpleName().toString();
      }
    });
    if (finding.isEmpty()) {
      return Description.NO_MATCH;
    }
    Description.Builder description = buildDescription(assignment).setMessage(finding.get());
    if (!field && offerFix) {
      StringBuilderFix.of(assignment, variable, carryingLoop.get(0), state)
          .ifPresent(description::addFix);
    }
    return description.build();
  }

  /** The method (or, in an initializer, the class) whose code holds the leaf of {@code path}. */
  private static Tree enclosingMethodOrClass(TreePath path) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      if (at.getLeaf() instanceof MethodTree || at.getLeaf() instanceof ClassTree) {
        return at.getLeaf();
      }
    }
    return path.getCompilationUnit();
  }

  /**
   * Whether {@code part} (a statement, or a lambda's expression body) is an extension of the
   * variable itself ({@code s += x;}, {@code s = s + x;}).
   */
  private static boolean isExtensionOf(Tree part, ExpressionTree target, VisitorState state) {
    ExpressionTree expression = part instanceof ExpressionStatementTree statement
        ? statement.getExpression()
        : part instanceof ExpressionTree lambdaBody ? lambdaBody : null; // (x) -> s += x
    if (expression instanceof CompoundAssignmentTree compound) {
      return compound.getKind() == Tree.Kind.PLUS_ASSIGNMENT
          && sameVariable(compound.getVariable(), target);
    }
    if (!(expression instanceof AssignmentTree assignment)
        || !sameVariable(assignment.getVariable(), target)) {
      return false;
    }
    return extendsItself(assignment.getExpression(), target, state);
  }

  /**
   * Whether {@code value} is a string concatenation with the variable {@code target} among its
   * operands, at any depth ({@link ConcatModel#extendsItself}).
   */
  private static boolean extendsItself(ExpressionTree value, ExpressionTree target,
      VisitorState state) {
    return ConcatModel.extendsItself(ASTHelpers.stripParentheses(value),
        operand -> concatenated(operand, state), operand -> sameVariable(operand, target));
  }

  /**
   * The two operands of a string {@code +} or of {@code String.concat} (its receiver and
   * argument), parentheses removed; empty for anything else.
   */
  private static List<ExpressionTree> concatenated(ExpressionTree expression, VisitorState state) {
    if (expression.getKind() == Tree.Kind.PLUS && isString(expression, state)) {
      BinaryTree plus = (BinaryTree) expression;
      return List.of(ASTHelpers.stripParentheses(plus.getLeftOperand()),
          ASTHelpers.stripParentheses(plus.getRightOperand()));
    }
    if (isStringConcatCall(expression)) {
      MethodInvocationTree call = (MethodInvocationTree) expression;
      return List.of(ASTHelpers.stripParentheses(ASTHelpers.getReceiver(call)),
          ASTHelpers.stripParentheses(call.getArguments().get(0)));
    }
    return List.of();
  }

  /**
   * Whether {@code part}, whenever it runs, reads the whole variable: a read that is not an
   * assignment's target, not only asked for its length or one character, and not inside a
   * nested statement, lambda, class, or an operand that may not be evaluated
   * ({@code a && s.equals(b)}, {@code c ? s : t}).
   */
  private static boolean readsWhole(Tree part, ExpressionTree target) {
    return new OwnCodeSearch() {
      @Override
      public Boolean scan(Tree tree, Void unused) {
        if (tree == null) {
          return false;
        }
        if (tree != part && tree instanceof StatementTree) {
          return false; // a nested statement may not run
        }
        if ((tree instanceof IdentifierTree || tree instanceof MemberSelectTree)
            && sameVariable((ExpressionTree) tree, target)) {
          return true;
        }
        return super.scan(tree, unused);
      }

      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (call.getMethodSelect() instanceof MemberSelectTree select
            && ConcatModel.onlyMeasures(select.getIdentifier().toString())
            && sameVariable(select.getExpression(), target)) {
          return scan(call.getArguments(), unused); // s.length(): a builder has it too
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Boolean visitAssignment(AssignmentTree assignment, Void unused) {
        // A scan that meets nothing of interest returns null (TreeScanner's default): not a read.
        return !copiedIntoLocal(assignment.getExpression(), assignment.getVariable())
            && Boolean.TRUE.equals(scan(assignment.getExpression(), unused));
      }

      @Override
      public Boolean visitVariable(VariableTree variable, Void unused) {
        return variable.getInitializer() != null
            && !copiedIntoLocal(variable.getInitializer(), null)
            && Boolean.TRUE.equals(scan(variable.getInitializer(), unused));
      }

      /**
       * {@code last = s;} or {@code String last = s;}: a copy of the reference needs none of its
       * characters yet (a builder could be turned into a String when the local is used).
       */
      private boolean copiedIntoLocal(ExpressionTree value, ExpressionTree into) {
        Symbol local = into == null ? null : ASTHelpers.getSymbol(into);
        boolean intoLocal = into == null || local != null
            && (local.getKind() == ElementKind.LOCAL_VARIABLE || local.getKind() == ElementKind.PARAMETER);
        ExpressionTree stripped = ASTHelpers.stripParentheses(value);
        return intoLocal && (stripped instanceof IdentifierTree || stripped instanceof MemberSelectTree)
            && sameVariable(stripped, target);
      }

      @Override
      public Boolean visitConditionalExpression(ConditionalExpressionTree conditional, Void unused) {
        return scan(conditional.getCondition(), unused);
      }

      @Override
      public Boolean visitBinary(BinaryTree binary, Void unused) {
        return binary.getKind() == Tree.Kind.CONDITIONAL_AND
            || binary.getKind() == Tree.Kind.CONDITIONAL_OR
            ? scan(binary.getLeftOperand(), unused) : super.visitBinary(binary, unused);
      }
    }.foundIn(part);
  }

  /**
   * The operands of the string concatenation {@code expression}, left to right
   * ({@code a + b + c} is {@code (a + b) + c}); a single element when it is not one.
   */
  static List<ExpressionTree> concatOperands(ExpressionTree expression, VisitorState state) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(expression);
    List<ExpressionTree> operands = new ArrayList<>();
    if (stripped.getKind() == Tree.Kind.PLUS && isString(stripped, state)) {
      BinaryTree plus = (BinaryTree) stripped;
      operands.addAll(concatOperands(plus.getLeftOperand(), state));
      operands.add(ASTHelpers.stripParentheses(plus.getRightOperand()));
    } else {
      operands.add(stripped);
    }
    return operands;
  }

  /** {@code a.concat(b)}: {@code String.concat} ({@link ConcatModel#isStringConcat}), with its receiver written. */
  private static boolean isStringConcatCall(ExpressionTree expression) {
    return expression instanceof MethodInvocationTree call
        && ASTHelpers.getReceiver(call) != null
        && ASTHelpers.getSymbol(call) instanceof MethodSymbol method
        && ConcatModel.isStringConcat(method.getSimpleName().toString(),
            call.getArguments().size(),
            () -> method.owner.getQualifiedName().contentEquals("java.lang.String"));
  }

  /** Whether {@code operand} reads the very variable {@code target} writes. */
  static boolean sameVariable(ExpressionTree operand, ExpressionTree target) {
    Symbol symbol = ASTHelpers.getSymbol(target);
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    if (symbol == null || ASTHelpers.getSymbol(stripped) != symbol) {
      return false;
    }
    return !(symbol instanceof VarSymbol v && v.getKind() == ElementKind.FIELD)
        || isOwnField(stripped, v);
  }

  /** A static field, or an instance field of {@code this} ({@code f}, {@code this.f}, {@code Outer.this.f}). */
  private static boolean isOwnField(ExpressionTree access, VarSymbol field) {
    if (field.isStatic() || access instanceof IdentifierTree) {
      return true;
    }
    if (access instanceof MemberSelectTree select) {
      ExpressionTree receiver = ASTHelpers.stripParentheses(select.getExpression());
      Tree.Kind kind = receiver.getKind();
      if (kind == Tree.Kind.IDENTIFIER) {
        return ((IdentifierTree) receiver).getName().contentEquals("this");
      }
      if (kind == Tree.Kind.MEMBER_SELECT) {
        return ((MemberSelectTree) receiver).getIdentifier().contentEquals("this");
      }
    }
    return false;
  }

  static boolean isString(Tree tree, VisitorState state) {
    Type type = ASTHelpers.getType(tree);
    return type != null && ASTHelpers.isSameType(type, state.getSymtab().stringType, state);
  }
}
