package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.leakproof.checks.knowledge.RetentionSinks;
import java.util.Optional;

/**
 * The fully qualified name of a declared type, from the syntax alone, when it is one of the JDK
 * types {@link RetentionSinks} knows ({@code Timer}, {@code ExecutorService}, {@code List}, …):
 * written in full, or by its simple name with an import that brings it in and no type of the
 * same name in the file.
 */
public final class KnownType {
  private KnownType() {}

  public static Optional<String> of(Type type, CompilationUnit unit) {
    if (!(type instanceof ClassOrInterfaceType named)) {
      return Optional.empty();
    }
    String simple = named.getNameAsString();
    if (named.getScope().isPresent()) {
      String full = named.getScope().get().asString() + "." + simple;
      return RetentionSinks.knownTypeBySimpleName(simple).filter(full::equals);
    }
    return RetentionSinks.knownTypeBySimpleName(simple)
        .filter(full -> imported(full, unit) && !declaredIn(simple, unit));
  }

  /**
   * The known type a field, local or parameter named by {@code reference} is declared with
   * ({@code POOL} of {@code static final ExecutorService POOL}).
   */
  public static Optional<String> ofVariable(Expression reference, CompilationUnit unit) {
    return VariableLookup.of(reference)
        .filter(d -> d.kind() == Declaration.Kind.FIELD || d.kind() == Declaration.Kind.LOCAL)
        .flatMap(Declaration::type)
        .flatMap(t -> of(t, unit));
  }

  private static boolean imported(String full, CompilationUnit unit) {
    String pkg = full.substring(0, full.lastIndexOf('.'));
    if (pkg.equals("java.lang")) {
      return true;
    }
    for (ImportDeclaration imported : unit.getImports()) {
      if (imported.isStatic()) {
        continue;
      }
      String name = imported.getNameAsString();
      if (imported.isAsterisk() ? name.equals(pkg) : name.equals(full)) {
        return true;
      }
    }
    return false;
  }

  /** Its own type, or a type parameter, of that name shadows the import. */
  private static boolean declaredIn(String simple, CompilationUnit unit) {
    return TypeNames.declaredNames(unit).contains(simple);
  }
}
