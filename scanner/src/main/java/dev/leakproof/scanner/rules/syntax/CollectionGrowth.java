package dev.leakproof.scanner.rules.syntax;

import static com.github.javaparser.ast.expr.Expression.EXCLUDE_ENCLOSED_EXPR;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.NodeList;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How large the collection an expression makes can become, from its syntax and
 * {@link CollectionApis}: {@code new HashMap<>()}, {@code Collections.synchronizedMap(…)},
 * {@code Caffeine.newBuilder()….build()}. {@link Growth#UNKNOWN} whenever a name is not
 * certain from the imports.
 */
public final class CollectionGrowth {
  private CollectionGrowth() {}

  public static Growth of(Expression expression, CompilationUnit unit) {
    Expression value = EXCLUDE_ENCLOSED_EXPR.apply(expression);
    if (value instanceof ObjectCreationExpr creation) {
      return ofCreation(creation, unit);
    }
    if (value instanceof MethodCallExpr call) {
      Growth factory = ofFactory(call, unit);
      return factory != Growth.UNKNOWN ? factory : ofCacheBuild(call, unit);
    }
    return Growth.UNKNOWN;
  }

  private static Growth ofCreation(ObjectCreationExpr creation, CompilationUnit unit) {
    Optional<String> type = TypeNames.qualify(creation.getType(), unit, CollectionApis::knows);
    if (type.isEmpty()) {
      return Growth.UNKNOWN;
    }
    if (creation.getAnonymousClassBody().isPresent()) {
      // An anonymous subclass may override anything. The one we know: an LRU LinkedHashMap.
      return type.get().equals(CollectionApis.LINKED_HASH_MAP)
          && overridesRemoveEldestEntry(creation.getAnonymousClassBody().get())
          ? Growth.BOUNDED : Growth.UNKNOWN;
    }
    return CollectionApis.constructed(type.get(), parameterTypes(creation.getArguments()));
  }

  private static boolean overridesRemoveEldestEntry(List<BodyDeclaration<?>> body) {
    return body.stream().anyMatch(member -> member instanceof MethodDeclaration method
        && method.getNameAsString().equals(CollectionApis.REMOVE_ELDEST_ENTRY)
        && method.getParameters().size() == 1);
  }

  private static Growth ofFactory(MethodCallExpr call, CompilationUnit unit) {
    if (call.getScope().isEmpty()) {
      return Growth.UNKNOWN;
    }
    Optional<String> owner = TypeNames.qualify(call.getScope().get(), unit, CollectionApis::knows);
    if (owner.isEmpty()) {
      return Growth.UNKNOWN;
    }
    CollectionApis.Factory factory = CollectionApis.factory(owner.get(), call.getNameAsString(),
        parameterTypes(call.getArguments()));
    if (factory == CollectionApis.Factory.WRAPS_FIRST_ARGUMENT) {
      return call.getArguments().isEmpty() ? Growth.UNKNOWN : of(call.getArgument(0), unit);
    }
    return factory.growth();
  }

  /** {@code Caffeine.newBuilder()….build()}: bounded when a call of the chain bounds it. */
  private static Growth ofCacheBuild(MethodCallExpr build, CompilationUnit unit) {
    if (!build.getNameAsString().equals("build")) {
      return Growth.UNKNOWN;
    }
    boolean bounded = false;
    Expression at = build;
    while (at instanceof MethodCallExpr call && call.getScope().isPresent()) {
      Expression scope = EXCLUDE_ENCLOSED_EXPR.apply(call.getScope().get());
      Optional<String> owner = TypeNames.qualify(scope, unit, CollectionApis::isCacheBuilder);
      if (owner.isPresent()) {
        boolean start = CollectionApis.factory(owner.get(), call.getNameAsString(), null)
            == CollectionApis.Factory.CACHE_BUILDER;
        return !start ? Growth.UNKNOWN : bounded ? Growth.BOUNDED : Growth.UNBOUNDED;
      }
      bounded |= CollectionApis.isCacheBound(call.getNameAsString());
      at = scope;
    }
    return Growth.UNKNOWN;
  }

  /**
   * What the syntax tells of the arguments' types: none, or only {@code int} literals; anything
   * else is unknown ({@code null}), which makes a capacity-dependent answer unknown.
   */
  private static List<String> parameterTypes(NodeList<Expression> arguments) {
    List<String> types = new ArrayList<>();
    for (Expression argument : arguments) {
      if (!(EXCLUDE_ENCLOSED_EXPR.apply(argument) instanceof IntegerLiteralExpr)) {
        return null;
      }
      types.add("int");
    }
    return types;
  }

}
