package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.model.resource.UnreadableCallModel;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Call;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Callee;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Result;
import dev.leakproof.scanner.engine.DeclarationAnswers;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.Optional;

/**
 * The facts {@link UnreadableCallModel} decides on, for a call or {@code new} the scanner cannot
 * read that is given a resource: how the callee is reached (a constructor, a method of a
 * receiver that may be a resource), its name, and what becomes of its result, typed by the
 * solver or, when it cannot resolve the call, by the declaration the result goes into ({@code
 * JsonObject obj = JSON.parse(in)}, {@code return IOUtil.readRemaining(..)} in an {@code int}
 * method).
 */
public final class UnreadableCalls {
  private UnreadableCalls() {}

  /** Whether {@code call}, a call or {@code new} whose body is not in view, only borrows. */
  public static boolean borrow(Expression call) {
    // Cannot tell: unknown code keeps it.
    return Solver.ask(() -> facts(call).map(UnreadableCallModel::borrows).orElse(false))
        .orElse(false);
  }

  private static Optional<Call> facts(Expression call) {
    if (call instanceof MethodCallExpr method) {
      return Optional.of(new Call(receiverMayBeResource(method) ? Callee.METHOD_OF_RESOURCE
          : Callee.METHOD, method.getNameAsString(), resultOf(method), resultName(method),
          receiverType(method)));
    }
    if (call instanceof ObjectCreationExpr creation) {
      Node up = Trees.wrapped(creation).getParentNode().orElse(null);
      if (up instanceof MethodCallExpr use && use.getScope().orElse(null) == Trees.wrapped(creation)) {
        return Optional.of(new Call(Callee.HOLDER_USED_ONCE, use.getNameAsString(),
            resultOf(use), resultName(use))); // new Archive(in, out).unpack();
      }
      return Optional.of(new Call(Callee.CONSTRUCTOR, creation.getType().getNameAsString(),
          Result.UNKNOWN, null));
    }
    return Optional.empty();
  }

  /** The receiver's type is, or by its name may be, a resource ({@code zip.putEntry(in)}). */
  private static boolean receiverMayBeResource(MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return false; // an inherited or abstract method of this class
    }
    Expression scope = call.getScope().get();
    if (scope instanceof ObjectCreationExpr) {
      return false; // new DomainSuffixesReader().read(this, in): a receiver that dies with the call
    }
    Optional<Boolean> resolved = resolvedCloseable(scope);
    if (resolved.isPresent()) {
      return resolved.get();
    }
    if (scope instanceof NameExpr name) {
      Optional<Type> declared = declaredType(name.getNameAsString(), call);
      if (declared.isPresent()) {
        return declared.get() instanceof ClassOrInterfaceType type
            && UnreadableCallModel.mayHoldResource(type.getNameAsString());
      }
      // No local, parameter or field of that name: a class (IOUtil.readFully), else unknown.
      return !Character.isUpperCase(name.getNameAsString().charAt(0));
    }
    return false; // a getter chain, this.x: typed by nothing the scanner can read
  }

  /** The receiver's type: resolved, else as declared or constructed; null when unknown. */
  private static String receiverType(MethodCallExpr call) {
    Expression scope = call.getScope().orElse(null);
    if (scope == null) {
      return null;
    }
    if (scope instanceof ObjectCreationExpr creation) {
      return creation.getType().getNameAsString();
    }
    try {
      ResolvedType type = scope.calculateResolvedType();
      return type.isReferenceType() ? type.asReferenceType().getQualifiedName() : null;
    } catch (RuntimeException | StackOverflowError unresolved) {
      return scope instanceof NameExpr name ? declaredType(name.getNameAsString(), call)
          .filter(ClassOrInterfaceType.class::isInstance)
          .map(t -> ((ClassOrInterfaceType) t).getNameAsString()).orElse(null) : null;
    }
  }

  private static Optional<Boolean> resolvedCloseable(Expression expression) {
    return Solver.ask(() -> isCloseable(expression.calculateResolvedType()));
  }

  private static boolean isCloseable(ResolvedType type) {
    if (!type.isReferenceType()) {
      return false;
    }
    var reference = type.asReferenceType();
    return Solver.isOrExtends(reference, "java.lang.AutoCloseable"::equals)
        || hasCloseMethod(reference);
  }

  /** Names the question of {@link #hasCloseMethod} among a declaration's remembered answers. */
  private static final Object HAS_CLOSE_METHOD = new Object();

  /**
   * {@code XMLStreamWriter}: not {@code AutoCloseable}, but closed all the same. The answer is the
   * declaration's alone, and asked of the same types again and again (each worker works it out
   * once per type: {@link DeclarationAnswers}).
   */
  private static boolean hasCloseMethod(ResolvedReferenceType type) {
    return type.getTypeDeclaration().map(declaration -> DeclarationAnswers.remembered(declaration,
        HAS_CLOSE_METHOD, d -> d.getAllMethods().stream()
            .anyMatch(m -> m.getName().equals("close") && m.getNoParams() == 0))).orElse(false);
  }

  /** What becomes of {@code call}'s value. */
  private static Result resultOf(MethodCallExpr call) {
    Node use = Trees.wrapped(call).getParentNode().orElse(null);
    if (use instanceof ExpressionStmt) {
      return Result.NONE;
    }
    try {
      ResolvedType returned = call.resolve().getReturnType();
      if (returned.isVoid()) {
        return Result.NONE;
      }
      if (returned.isPrimitive() || returned.isArray()) {
        return Result.PLAIN;
      }
      if (returned.isReferenceType()) {
        return isCloseable(returned) ? Result.CLOSEABLE : Result.PLAIN;
      }
      return Result.UNKNOWN; // a type variable
    } catch (RuntimeException | StackOverflowError unresolved) {
      // typed by where it goes, below
    }
    if (use instanceof IfStmt || use instanceof WhileStmt
        || use instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return Result.PLAIN; // if (!load(in)): a boolean
    }
    return destinationType(call).map(UnreadableCalls::typeResult).orElse(Result.UNKNOWN);
  }

  private static String resultName(MethodCallExpr call) {
    return destinationType(call).filter(ClassOrInterfaceType.class::isInstance)
        .map(t -> ((ClassOrInterfaceType) t).getNameAsString()).orElse(null);
  }

  private static Result typeResult(Type type) {
    if (type.isPrimitiveType() || type.isArrayType()) {
      return Result.PLAIN;
    }
    if (!(type instanceof ClassOrInterfaceType)) {
      return Result.UNKNOWN; // var, a wildcard
    }
    return Solver.ask(() -> isCloseable(type.resolve()) ? Result.CLOSEABLE : Result.PLAIN)
        .orElse(Result.NAMED);
  }

  /**
   * The declared type of what {@code call}'s value goes into: the local it initialises or is
   * assigned to, the method it is returned from.
   */
  private static Optional<Type> destinationType(MethodCallExpr call) {
    Node use = Trees.wrapped(call).getParentNode().orElse(null);
    if (use instanceof VariableDeclarator variable) {
      return Optional.of(variable.getType());
    }
    if (use instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getTarget() instanceof NameExpr target) {
      return declaredType(target.getNameAsString(), call);
    }
    if (use instanceof ReturnStmt) {
      Optional<Node> owner = call.findAncestor(Node.class,
          n -> n instanceof LambdaExpr || n instanceof CallableDeclaration<?>);
      return owner.filter(MethodDeclaration.class::isInstance)
          .map(m -> ((MethodDeclaration) m).getType());
    }
    return Optional.empty();
  }

  /** The declared type of the local, parameter or field {@code name} seen from {@code at}. */
  private static Optional<Type> declaredType(String name, Node at) {
    Optional<CallableDeclaration> callable = at.findAncestor(CallableDeclaration.class);
    if (callable.isPresent()) {
      Optional<Type> local = Trees.findAll(callable.get(), VariableDeclarator.class,
              v -> v.getNameAsString().equals(name)).stream()
          .map(VariableDeclarator::getType).findFirst()
          .or(() -> ((CallableDeclaration<?>) callable.get()).getParameters().stream()
              .filter(p -> p.getNameAsString().equals(name)).map(Parameter::getType).findFirst());
      if (local.isPresent()) {
        return local;
      }
    }
    return at.findAncestor(TypeDeclaration.class).flatMap(type -> ((TypeDeclaration<?>) type)
        .getFieldByName(name).map(field -> field.getVariable(0).getType()));
  }
}
