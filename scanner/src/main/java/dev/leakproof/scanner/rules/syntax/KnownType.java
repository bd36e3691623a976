package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.leakproof.checks.knowledge.RetentionSinks;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The fully qualified name of a declared type, from the syntax alone, when it is one of the JDK
 * types {@link RetentionSinks} knows ({@code Timer}, {@code ExecutorService}, {@code List}, …):
 * written in full, or by its simple name with an import that brings it in and no type of the
 * same name in the file.
 */
public final class KnownType {
  private static final DataKey<Set<String>> DECLARED_TYPES = new DataKey<>() {};

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

  private static boolean declaredIn(String simple, CompilationUnit unit) {
    return declaredTypeNames(unit).contains(simple);
  }

  /**
   * The names of every type the file declares (nested and local ones too), collected once per
   * tree and kept on it: walking the whole file per lookup cost more than parsing it.
   */
  private static Set<String> declaredTypeNames(CompilationUnit unit) {
    if (unit.containsData(DECLARED_TYPES)) {
      return unit.getData(DECLARED_TYPES);
    }
    Set<String> names = new HashSet<>();
    unit.findAll(TypeDeclaration.class).forEach(t -> names.add(t.getNameAsString()));
    unit.setData(DECLARED_TYPES, names);
    return names;
  }
}
