package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The fully qualified name a type name in a file stands for, from the file's imports alone (no
 * symbol solver): a qualified name as written, a single-type import, or the one on-demand
 * import among which {@code known} recognises the name. Empty whenever the file could mean
 * something else (its own type of that name, a type parameter, two candidates).
 */
public final class TypeNames {
  private static final DataKey<Set<String>> DECLARED_NAMES = new DataKey<>() {};

  private TypeNames() {}

  /** The erased, fully qualified name of a declared {@code type}. */
  public static Optional<String> qualify(Type type, CompilationUnit unit,
      Predicate<String> known) {
    if (!(type instanceof ClassOrInterfaceType named)) {
      return Optional.empty();
    }
    if (named.getScope().isPresent()) {
      return Optional.of(named.getScope().get().asString() + "." + named.getNameAsString())
          .filter(known);
    }
    return qualify(named.getNameAsString(), unit, known);
  }

  /** The type a name used as a call's scope ({@code Collections}, {@code java.util.Collections}) means. */
  public static Optional<String> qualify(Expression typeName, CompilationUnit unit,
      Predicate<String> known) {
    if (typeName instanceof NameExpr name) {
      return qualify(name.getNameAsString(), unit, known);
    }
    if (typeName instanceof FieldAccessExpr access) {
      return Optional.of(access.toString()).filter(known);
    }
    return Optional.empty();
  }

  /** The type the simple {@code name} means in {@code unit}. */
  public static Optional<String> qualify(String name, CompilationUnit unit,
      Predicate<String> known) {
    if (declaredInFile(name, unit)) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    for (ImportDeclaration imported : unit.getImports()) {
      if (imported.isStatic()) {
        continue;
      }
      if (!imported.isAsterisk() && imported.getName().getIdentifier().equals(name)) {
        return Optional.of(imported.getNameAsString()).filter(known);
      }
      if (imported.isAsterisk() && known.test(imported.getNameAsString() + "." + name)) {
        candidates.add(imported.getNameAsString() + "." + name);
      }
    }
    if (known.test("java.lang." + name)) {
      candidates.add("java.lang." + name);
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static boolean declaredInFile(String name, CompilationUnit unit) {
    return declaredNames(unit).contains(name);
  }

  /**
   * The simple names of every type the file declares (nested and local ones too) and of every
   * type parameter, collected once per tree and kept on it: rules ask per call and per field, and
   * a walk of the whole file per question cost more than the rest of the rule.
   */
  static Set<String> declaredNames(CompilationUnit unit) {
    if (unit.containsData(DECLARED_NAMES)) {
      return unit.getData(DECLARED_NAMES);
    }
    Set<String> names = new HashSet<>();
    Trees.findAll(unit, TypeDeclaration.class).forEach(t -> names.add(t.getNameAsString()));
    Trees.findAll(unit, TypeParameter.class).forEach(t -> names.add(t.getNameAsString()));
    unit.setData(DECLARED_NAMES, names);
    return names;
  }
}
