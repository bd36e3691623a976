package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.scanner.rules.syntax.TypeNames;
import java.util.Optional;

/**
 * Whether a call closes what it is given ({@code closeQuietly(in)}, Ant's {@code
 * FileUtils.close(in)}), as {@link ResourceApis#closesArguments} says. A helper under a common
 * name counts only when the file shows it is that class's: the receiver is spelled as the class,
 * imported (or in the same package), or the method is statically imported from it. This needs no
 * solver, so a file scanned without its project's jars is judged as one scanned with them.
 */
final class ClosingHelpers {
  private ClosingHelpers() {}

  static boolean closesArguments(MethodCallExpr call) {
    return ResourceApis.isQuietCloseHelper(call.getNameAsString()) || knownOwner(call).isPresent();
  }

  /**
   * The known class ({@link ResourceApis#closingHelperOwners}) whose closing helper this call is,
   * as the file shows it: lets the other tables be asked about the call ({@code
   * IoUtils.safeClose} cannot throw) without a solver.
   */
  static Optional<String> knownOwner(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!ResourceApis.mayCloseArguments(name)) {
      return Optional.empty();
    }
    Optional<CompilationUnit> unit = call.findCompilationUnit();
    for (String owner : ResourceApis.closingHelperOwners(name)) {
      if (isCalledOn(call, owner, unit)) {
        return Optional.of(owner);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the helper is known by its quiet-close name only, which says nothing of its other
   * parameters ({@code closeQuietly(x, "name", firstError)}): only a lone argument is what it
   * closes. A helper of a known class closes every closeable it is given.
   */
  static boolean takesOnlyItsResource(MethodCallExpr call) {
    return ResourceApis.isQuietCloseHelper(call.getNameAsString());
  }

  private static boolean isCalledOn(MethodCallExpr call, String owner, Optional<CompilationUnit> unit) {
    String simpleName = owner.substring(owner.lastIndexOf('.') + 1);
    String ownerPackage = owner.substring(0, owner.lastIndexOf('.'));
    if (call.getScope().isEmpty()) {
      return unit.map(u -> u.getImports().stream().anyMatch(i -> i.isStatic()
          && (i.getNameAsString().equals(owner + "." + call.getNameAsString())
              || i.isAsterisk() && i.getNameAsString().equals(owner)))).orElse(false);
    }
    // The receiver names the class through the file's imports (TypeNames), or the file is in
    // the class's own package.
    Expression scope = call.getScope().get();
    return unit.map(u -> TypeNames.qualify(scope, u, owner::equals).isPresent()
        || scope instanceof NameExpr written && written.getNameAsString().equals(simpleName)
            && u.getPackageDeclaration().map(p -> p.getNameAsString().equals(ownerPackage))
                .orElse(false))
        .orElse(false);
  }
}
