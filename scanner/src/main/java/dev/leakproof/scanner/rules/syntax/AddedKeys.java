package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import dev.leakproof.checks.model.staticcache.BoundedKeys;
import dev.leakproof.checks.model.staticcache.BoundedKeys.Range;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The scanner's facts for {@link BoundedKeys}: how the key of one add is computed (through
 * effectively final locals, {@code Math.min/max}, a formatted number's {@code length()}), which
 * comparisons of it with constants hold where the add runs (an enclosing {@code if}, an earlier
 * {@code if (…) return;}), and whether a fixed set's {@code contains(key)} guards it.
 */
public final class AddedKeys {
  /** How many definitions deep a key is followed (a local set from a local set from …). */
  private static final int DEPTH = 6;

  private AddedKeys() {}

  /**
   * Whether the key {@code add} stores is bounded.
   *
   * @param collectionType the collection's declared type, qualified
   * @param isFixedSet whether a name used as {@code NAME.contains(key)} is a fixed set of the
   *     field's class
   */
  public static boolean bounded(MethodCallExpr add, String collectionType, CompilationUnit unit,
      Predicate<String> isFixedSet) {
    OptionalInt index = BoundedKeys.keyArgument(collectionType, add.getNameAsString());
    if (index.isEmpty() || add.getArguments().size() <= index.getAsInt()) {
      return false;
    }
    Expression key = Trees.stripped(add.getArgument(index.getAsInt()));
    Range range = rangeOf(key, unit, DEPTH);
    boolean guarded = false;
    Optional<Node> variable = effectivelyFinal(key);
    if (variable.isPresent()) {
      for (Fact fact : factsAt(add)) {
        range = range.and(comparison(fact, variable.get(), unit));
        guarded |= fact.holds() && containsCall(fact.condition(), variable.get(), isFixedSet);
      }
    }
    return BoundedKeys.isBounded(range, guarded);
  }

  /** A condition known to hold ({@code holds}) or to fail where the add runs. */
  private record Fact(Expression condition, boolean holds) {}

  /**
   * The conditions that hold where {@code at} runs, up to its method or lambda: the conjuncts of
   * an enclosing {@code if}'s condition (the disjuncts of one whose {@code else} holds it, failed),
   * and the failed disjuncts of an earlier {@code if (…) return;} (or {@code throw},
   * {@code continue}, {@code break}) in an enclosing block.
   */
  private static List<Fact> factsAt(Node at) {
    List<Fact> facts = new ArrayList<>();
    Node child = at;
    for (Node parent = at.getParentNode().orElse(null); parent != null
        && !(parent instanceof CallableDeclaration<?>) && !(parent instanceof LambdaExpr);
        child = parent, parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof IfStmt branch && branch.getThenStmt() == child) {
        split(branch.getCondition(), true, facts);
      } else if (parent instanceof IfStmt branch && branch.getElseStmt().orElse(null) == child) {
        split(branch.getCondition(), false, facts);
      } else if (parent instanceof BlockStmt block) {
        for (Statement earlier : block.getStatements()) {
          if (earlier == child) {
            break;
          }
          if (earlier instanceof IfStmt exit && exit.getElseStmt().isEmpty()
              && alwaysLeaves(exit.getThenStmt())) {
            split(exit.getCondition(), false, facts);
          }
        }
      }
    }
    return facts;
  }

  /** A conjunction that holds holds in each part; a disjunction that fails fails in each. */
  private static void split(Expression condition, boolean holds, List<Fact> facts) {
    Expression c = Trees.stripped(condition);
    if (c instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      split(not.getExpression(), !holds, facts);
    } else if (c instanceof BinaryExpr binary && (holds
        ? binary.getOperator() == BinaryExpr.Operator.AND
        : binary.getOperator() == BinaryExpr.Operator.OR)) {
      split(binary.getLeft(), holds, facts);
      split(binary.getRight(), holds, facts);
    } else {
      facts.add(new Fact(c, holds));
    }
  }

  private static boolean alwaysLeaves(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().isNonEmpty() && alwaysLeaves(block.getStatements().getLast().get());
    }
    return statement instanceof ReturnStmt || statement instanceof ThrowStmt
        || statement instanceof ContinueStmt || statement instanceof BreakStmt;
  }

  /** What a comparison of {@code variable} with a constant tells, as it holds or fails. */
  private static Range comparison(Fact fact, Node variable, CompilationUnit unit) {
    if (!(fact.condition() instanceof BinaryExpr binary)) {
      return Range.UNKNOWN;
    }
    String operator = switch (binary.getOperator()) {
      case LESS -> "<";
      case LESS_EQUALS -> "<=";
      case GREATER -> ">";
      case GREATER_EQUALS -> ">=";
      case EQUALS -> "==";
      case NOT_EQUALS -> "!=";
      default -> "";
    };
    if (isVariable(binary.getLeft(), variable) && isConstant(binary.getRight(), unit)) {
      return BoundedKeys.ofComparison(operator, fact.holds());
    }
    if (isVariable(binary.getRight(), variable) && isConstant(binary.getLeft(), unit)) {
      return BoundedKeys.ofComparison(BoundedKeys.flipped(operator), fact.holds());
    }
    return Range.UNKNOWN;
  }

  /** {@code FIXED.contains(variable)} where {@code FIXED} is a fixed set. */
  private static boolean containsCall(Expression condition, Node variable,
      Predicate<String> isFixedSet) {
    return condition instanceof MethodCallExpr call
        && BoundedKeys.isMembershipTest(call.getNameAsString(), call.getArguments().size())
        && isVariable(call.getArgument(0), variable)
        && call.getScope().flatMap(VariableLookup::variableName).filter(isFixedSet).isPresent();
  }

  private static boolean isVariable(Expression expression, Node variable) {
    return VariableLookup.of(Trees.stripped(expression)).flatMap(Declaration::node)
        .filter(n -> n == variable).isPresent();
  }

  private static boolean isConstant(Expression expression, CompilationUnit unit) {
    return rangeOf(Trees.stripped(expression), unit, 1).equals(Range.CONSTANT);
  }

  /** The range of an integer expression (or the length of a string one). */
  private static Range rangeOf(Expression expression, CompilationUnit unit, int depth) {
    Expression e = Trees.stripped(expression);
    if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr
        || e instanceof CharLiteralExpr || e instanceof StringLiteralExpr) {
      return Range.CONSTANT;
    }
    if (e instanceof UnaryExpr minus && minus.getOperator() == UnaryExpr.Operator.MINUS) {
      return rangeOf(minus.getExpression(), unit, depth);
    }
    if (depth == 0) {
      return Range.UNKNOWN;
    }
    if (e instanceof NameExpr) {
      return definition(e).map(value -> rangeOf(value, unit, depth - 1)).orElse(Range.UNKNOWN);
    }
    if (e instanceof MethodCallExpr call && isOwnCall(call)) {
      Optional<MethodDeclaration> helper = notOverridable(call);
      if (helper.isEmpty()) {
        return Range.UNKNOWN;
      }
      List<Range> returned = new ArrayList<>();
      for (ReturnStmt exit : returns(helper.get())) {
        returned.add(exit.getExpression().map(value -> rangeOf(value, unit, depth - 1))
            .orElse(Range.UNKNOWN));
      }
      return BoundedKeys.ofReturns(returned);
    }
    if (e instanceof MethodCallExpr call) {
      List<Range> operands = new ArrayList<>();
      Optional<String> owner;
      Optional<String> receiverType = call.getScope()
          .flatMap(scope -> elementOrVariableType(scope))
          .flatMap(type -> TypeNames.qualify(type, unit,
              name -> name.startsWith("java.lang.") && name.indexOf('.', 10) < 0));
      if (receiverType.isPresent() && !receiverType.get().equals("java.lang.String")) {
        owner = receiverType;
        operands.add(Range.UNKNOWN);
      } else if (call.getScope().isPresent() && isString(call.getScope().get(), unit)
          && call.getArguments().isEmpty()) {
        owner = Optional.of("java.lang.String");
        operands.add(rangeOf(call.getScope().get(), unit, depth - 1));
      } else if (call.getScope().isPresent() && isClass(call.getScope().get())) {
        owner = Optional.of("java.lang.Class");
        operands.add(Range.UNKNOWN);
      } else {
        owner = call.getScope().flatMap(scope -> TypeNames.qualify(scope, unit,
            name -> name.startsWith("java.lang.") && name.indexOf('.', 10) < 0));
      }
      if (owner.isEmpty()) {
        return Range.UNKNOWN;
      }
      boolean primitive = true;
      for (Expression argument : call.getArguments()) {
        operands.add(rangeOf(argument, unit, depth - 1));
        primitive &= isPrimitive(argument);
      }
      return BoundedKeys.ofCall(owner.get(), call.getNameAsString(), primitive, operands);
    }
    return Range.UNKNOWN;
  }

  /** A call of a method of the file's own class: no receiver, or {@code this.}. */
  private static boolean isOwnCall(MethodCallExpr call) {
    return call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
  }

  /**
   * The method of the call's class the call runs, when no subclass can override it (private or
   * static) and the class declares exactly one method of that name and arity.
   */
  private static Optional<MethodDeclaration> notOverridable(MethodCallExpr call) {
    Optional<TypeDeclaration<?>> type = call.findAncestor(TypeDeclaration.class)
        .map(t -> (TypeDeclaration<?>) t);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<MethodDeclaration> candidates = type.get().getMethodsByName(call.getNameAsString()).stream()
        .filter(m -> m.getParameters().size() == call.getArguments().size()).toList();
    if (candidates.size() != 1 || candidates.get(0).getBody().isEmpty()) {
      return Optional.empty();
    }
    MethodDeclaration method = candidates.get(0);
    return method.isPrivate() || method.isStatic() ? Optional.of(method) : Optional.empty();
  }

  /** The {@code return}s of a method's own body (not of the lambdas and classes inside it). */
  private static List<ReturnStmt> returns(MethodDeclaration method) {
    return Trees.findAll(method, ReturnStmt.class, exit -> ownerOf(exit) == method);
  }

  private static Node ownerOf(Node node) {
    Node at = node.getParentNode().orElse(null);
    while (at != null && !(at instanceof LambdaExpr) && !(at instanceof CallableDeclaration<?>)
        && !(at instanceof TypeDeclaration<?>)) {
      at = at.getParentNode().orElse(null);
    }
    return at;
  }

  /**
   * The declared type of a receiver that is a variable, or of the elements of the array a
   * receiver {@code array[i]} reads.
   */
  private static Optional<Type> elementOrVariableType(Expression scope) {
    Expression e = Trees.stripped(scope);
    if (e instanceof ArrayAccessExpr element) {
      return declaredType(Trees.stripped(element.getName()))
          .filter(Type::isArrayType).map(t -> t.asArrayType().getComponentType());
    }
    return e instanceof NameExpr ? declaredType(e) : Optional.empty();
  }

  /**
   * The value an effectively final local, or a static final field of the file, is set to once,
   * at its declaration.
   */
  private static Optional<Expression> definition(Expression name) {
    Optional<Node> declared = effectivelyFinal(name);
    if (declared.isPresent() && declared.get() instanceof VariableDeclarator variable) {
      boolean constantField = variable.getParentNode()
          .map(p -> !(p instanceof FieldDeclaration field) || field.isStatic() && field.isFinal())
          .orElse(false);
      return constantField ? variable.getInitializer() : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The declaration of a local, parameter or field that {@code expression} names, when nothing
   * in its method (for a field: its file) assigns it after the declaration.
   */
  private static Optional<Node> effectivelyFinal(Expression expression) {
    Optional<Node> declared = VariableLookup.of(Trees.stripped(expression))
        .filter(d -> d.kind() == Declaration.Kind.LOCAL || d.kind() == Declaration.Kind.FIELD)
        .flatMap(Declaration::node);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Node scope = declared.get();
    while (scope.getParentNode().isPresent() && !(scope instanceof CallableDeclaration<?>)
        && !(scope instanceof LambdaExpr) && !(scope instanceof CompilationUnit)) {
      scope = scope.getParentNode().get();
    }
    Node declaration = declared.get();
    boolean assigned = Trees.findFirst(scope, AssignExpr.class,
            a -> isVariable(a.getTarget(), declaration)).isPresent()
        || Trees.findFirst(scope, UnaryExpr.class,
            u -> isIncrementOrDecrement(u) && isVariable(u.getExpression(), declaration))
            .isPresent();
    return assigned ? Optional.empty() : declared;
  }

  private static boolean isIncrementOrDecrement(UnaryExpr unary) {
    return switch (unary.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  /** Whether an argument is of a primitive type, as far as the syntax shows. */
  private static boolean isPrimitive(Expression expression) {
    Expression e = Trees.stripped(expression);
    if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr
        || e instanceof CharLiteralExpr || e instanceof BinaryExpr) {
      return true;
    }
    if (e instanceof MethodCallExpr call) {
      return call.getNameAsString().equals("length") && call.getArguments().isEmpty()
          || call.getNameAsString().equals("min") || call.getNameAsString().equals("max");
    }
    return declaredType(e).map(Type::isPrimitiveType).orElse(false);
  }

  /** Whether a receiver is a {@code String}: a variable declared so, or a formatted number. */
  private static boolean isString(Expression expression, CompilationUnit unit) {
    Expression e = Trees.stripped(expression);
    return declaredType(e).map(t -> t.asString().equals("String")
            || t.asString().equals("java.lang.String")).orElse(false)
        || e instanceof MethodCallExpr call && !rangeOf(call, unit, 1).equals(Range.UNKNOWN)
            && !isPrimitive(call);
  }

  /**
   * A call {@code getClass()} with no arguments, on anything or on nothing: {@code
   * Object.getClass()} is final, so such a call always gives a {@code java.lang.Class}
   * (NetBeans' warn-once sets keyed by {@code getClass().getName()}).
   */
  private static boolean isGetClass(Expression e) {
    return e instanceof MethodCallExpr call && call.getNameAsString().equals("getClass")
        && call.getArguments().isEmpty();
  }

  /**
   * Whether a receiver is a variable declared as a {@code Class}, a class literal, or a call of
   * {@code getClass()}.
   */
  private static boolean isClass(Expression expression) {
    Expression e = Trees.stripped(expression);
    return e instanceof ClassExpr || isGetClass(e) || declaredType(e)
        .filter(Type::isClassOrInterfaceType)
        .map(t -> t.asClassOrInterfaceType().getNameWithScope())
        .filter(name -> name.equals("Class") || name.equals("java.lang.Class")).isPresent();
  }

  private static Optional<Type> declaredType(Expression name) {
    return VariableLookup.of(name).flatMap(Declaration::type);
  }
}
