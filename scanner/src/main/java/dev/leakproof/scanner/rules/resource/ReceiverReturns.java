package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.leakproof.checks.knowledge.ReceiverReturningMethods;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.engine.Trees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls that return their receiver ({@link ReceiverReturningMethods}): {@code w.append(a)} is
 * {@code w} again, so a chain on the resource is the resource.
 */
public final class ReceiverReturns {
  /** Per file, by {@code name/arity}: whether its own methods of that shape return {@code this}. */
  private static final DataKey<Map<String, Boolean>> OWN_METHODS = new DataKey<>() {};

  private ReceiverReturns() {}

  /**
   * Whether {@code call} returns its receiver: a listed JDK method (resolved to its declaring
   * class), or a method of this file of that name and arity whose every declaration only ever
   * {@code return this}.
   */
  public static boolean returnsReceiver(MethodCallExpr call) {
    return returnsReceiver(call, false);
  }

  /**
   * {@link #returnsReceiver(MethodCallExpr)}, and with {@code readCallee} also a method of another
   * scanned file the call resolves to ({@code SubmoduleWalk.setFilter}): it resolves the call, so
   * it is asked only where a resource was just acquired.
   */
  public static boolean returnsReceiver(MethodCallExpr call, boolean readCallee) {
    if (call.getScope().isEmpty()) {
      return false;
    }
    String name = call.getNameAsString();
    if (ReceiverReturningMethods.mayReturnReceiver(name) || readCallee) {
      try {
        ResolvedMethodDeclaration method = call.resolve();
        if (ReceiverReturningMethods.returnsReceiver(
            method.declaringType().getQualifiedName(), method.getName())) {
          return true;
        }
        if (readCallee && !method.isStatic()) {
          Optional<MethodDeclaration> body = Bodies.of(method)
              .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast);
          if (body.isPresent()) {
            return returnsOnlyThis(body.get());
          }
        }
      } catch (RuntimeException | StackOverflowError unresolved) {
        // not a JDK writer the solver knows; the file's own methods may still say
      }
    }
    CompilationUnit unit = call.findCompilationUnit().orElse(null);
    if (unit == null) {
      return false;
    }
    if (!unit.containsData(OWN_METHODS)) {
      unit.setData(OWN_METHODS, new HashMap<>());
    }
    return unit.getData(OWN_METHODS).computeIfAbsent(name + "/" + call.getArguments().size(),
        key -> ownMethodsReturnReceiver(unit, name, call.getArguments().size()));
  }

  /**
   * Whether the file declares instance methods named {@code name} with {@code arity} parameters,
   * and every one of them only ever returns {@code this}.
   */
  private static boolean ownMethodsReturnReceiver(CompilationUnit unit, String name, int arity) {
    List<MethodDeclaration> declared = Trees.findAll(unit, MethodDeclaration.class,
        m -> m.getNameAsString().equals(name) && m.getParameters().size() == arity
            && !m.isStatic());
    if (declared.isEmpty()) {
      return false;
    }
    return declared.stream().allMatch(ReceiverReturns::returnsOnlyThis);
  }

  /** Whether {@code method} has a body whose every {@code return} (and there is one) is {@code return this}. */
  private static boolean returnsOnlyThis(MethodDeclaration method) {
    if (method.getBody().isEmpty()) {
      return false;
    }
    List<ReturnStmt> returns = Trees.findAll(method.getBody().get(), ReturnStmt.class,
        r -> !Trees.inNestedCode(r, method));
    long ofThis = returns.stream().filter(r -> r.getExpression()
        .map(e -> Trees.stripped(e) instanceof ThisExpr self
            && self.getTypeName().isEmpty())
        .orElse(false)).count();
    return ReceiverReturningMethods.returnsReceiver("", method.getNameAsString(), returns.size(),
        (int) ofThis);
  }

  /**
   * The outermost expression of the chain of calls returning their receiver built on {@code
   * value} ({@code value.append(a).append(b)}); {@code value} itself when there is none.
   */
  public static Expression chainEnd(Expression value) {
    return Acquisitions.chainEnd(value, ReceiverReturns::returnsReceiver);
  }

  /** The receiver at the start of the chain of calls returning their receiver that ends at {@code value}. */
  public static Expression chainStart(Expression value) {
    Expression current = Trees.stripped(value);
    while (current instanceof MethodCallExpr call && call.getScope().isPresent()
        && returnsReceiver(call)) {
      current = Trees.stripped(call.getScope().get());
    }
    return current;
  }
}
