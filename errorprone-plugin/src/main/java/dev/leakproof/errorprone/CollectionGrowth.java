package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.ArrayList;
import java.util.List;

/** How large the collection an expression makes can become, from {@link CollectionApis}. */
final class CollectionGrowth {
  private CollectionGrowth() {}

  /** The growth of the collection {@code expression} evaluates to; {@link Growth#UNKNOWN} if unsure. */
  static Growth of(ExpressionTree expression, VisitorState state) {
    ExpressionTree value = ASTHelpers.stripParentheses(expression);
    if (value instanceof NewClassTree creation) {
      return ofCreation(creation, state);
    }
    if (value instanceof MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      if (method == null) {
        return Growth.UNKNOWN;
      }
      return method.isStatic() ? ofFactory(call, method, state) : ofCacheBuild(call, state);
    }
    return Growth.UNKNOWN;
  }

  private static Growth ofCreation(NewClassTree creation, VisitorState state) {
    String type = erasedName(ASTHelpers.getType(creation), state);
    ClassTree body = creation.getClassBody();
    if (body != null) {
      // An anonymous subclass may override anything. The one we know: an LRU LinkedHashMap.
      return CollectionApis.LINKED_HASH_MAP.equals(type) && overridesRemoveEldestEntry(body)
          ? Growth.BOUNDED : Growth.UNKNOWN;
    }
    MethodSymbol constructor = ASTHelpers.getSymbol(creation);
    return type == null || constructor == null ? Growth.UNKNOWN
        : CollectionApis.constructed(type, parameterTypes(constructor, state));
  }

  private static boolean overridesRemoveEldestEntry(ClassTree body) {
    for (Tree member : body.getMembers()) {
      if (member instanceof MethodTree method
          && method.getName().contentEquals(CollectionApis.REMOVE_ELDEST_ENTRY)
          && method.getParameters().size() == 1) {
        return true;
      }
    }
    return false;
  }

  private static Growth ofFactory(MethodInvocationTree call, MethodSymbol method,
      VisitorState state) {
    String owner = method.owner.getQualifiedName().toString();
    CollectionApis.Factory factory = CollectionApis.factory(owner,
        method.getSimpleName().toString(), parameterTypes(method, state));
    if (factory == CollectionApis.Factory.WRAPS_FIRST_ARGUMENT) {
      return call.getArguments().isEmpty() ? Growth.UNKNOWN
          : of(call.getArguments().get(0), state);
    }
    return factory.growth();
  }

  /**
   * {@code Caffeine.newBuilder()….build()} or {@code CacheBuilder.newBuilder()….build()}:
   * bounded when a call of the chain bounds it, unbounded when none does.
   */
  private static Growth ofCacheBuild(MethodInvocationTree build, VisitorState state) {
    if (!ASTHelpers.getSymbol(build).getSimpleName().contentEquals("build")) {
      return Growth.UNKNOWN;
    }
    boolean bounded = false;
    ExpressionTree at = build;
    while (at instanceof MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      if (method == null
          || !CollectionApis.isCacheBuilder(method.owner.getQualifiedName().toString())) {
        return Growth.UNKNOWN;
      }
      if (method.isStatic()) {
        return CollectionApis.factory(method.owner.getQualifiedName().toString(),
            method.getSimpleName().toString(), parameterTypes(method, state))
                == CollectionApis.Factory.CACHE_BUILDER
            ? (bounded ? Growth.BOUNDED : Growth.UNBOUNDED) : Growth.UNKNOWN;
      }
      bounded |= CollectionApis.isCacheBound(method.getSimpleName().toString());
      if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
        return Growth.UNKNOWN;
      }
      at = ASTHelpers.stripParentheses(select.getExpression());
    }
    return Growth.UNKNOWN;
  }

  private static List<String> parameterTypes(MethodSymbol method, VisitorState state) {
    List<String> names = new ArrayList<>();
    for (Symbol.VarSymbol parameter : method.getParameters()) {
      Type type = state.getTypes().erasure(parameter.asType());
      names.add(type.isPrimitive() ? type.toString() : erasedName(type, state));
    }
    return names;
  }

  /** The fully qualified name of {@code type}'s class, without type arguments; null if none. */
  static String erasedName(Type type, VisitorState state) {
    if (type == null || type.tsym == null) {
      return null;
    }
    return state.getTypes().erasure(type).tsym.getQualifiedName().toString();
  }
}
