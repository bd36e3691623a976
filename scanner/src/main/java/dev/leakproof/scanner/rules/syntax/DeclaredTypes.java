package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.leakproof.checks.model.threadlocal.ValueType;
import dev.leakproof.scanner.engine.Trees;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A declared type as the shared models take it ({@link ValueType}), from the syntax and the
 * running JDK alone: a name is a JDK class when an import or {@code java.lang} brings in a class
 * the JDK has; any other name is the application's (its own package, or a library's). Type
 * parameters, wildcards and {@code var} are unknown.
 */
public final class DeclaredTypes {
  private static final Map<String, Boolean> JDK_CLASSES = new ConcurrentHashMap<>();

  private DeclaredTypes() {}

  public static ValueType of(Type type, CompilationUnit unit) {
    if (type instanceof PrimitiveType primitive) {
      return ValueType.of(primitive.asString());
    }
    if (type instanceof ArrayType array) {
      ValueType component = of(array.getComponentType(), unit);
      return component.isKnown() ? ValueType.of(component.name() + "[]") : component;
    }
    if (!(type instanceof ClassOrInterfaceType named)) {
      return ValueType.unknown();
    }
    String name = qualify(named, unit);
    if (name == null) {
      return ValueType.unknown();
    }
    ValueType[] arguments = named.getTypeArguments()
        .map(list -> list.stream().map(t -> of(t, unit)).toArray(ValueType[]::new))
        .orElse(new ValueType[0]);
    return ValueType.of(name, arguments);
  }

  /** The fully qualified name of {@code named}, or {@code null} for a type parameter. */
  private static String qualify(ClassOrInterfaceType named, CompilationUnit unit) {
    if (named.getScope().isPresent()) {
      String written = named.asString().replaceAll("<.*?>", "");
      String outer = named.getScope().get().getNameAsString();
      if (Character.isLowerCase(outer.charAt(0)) || named.getScope().get().getScope().isPresent()) {
        return written; // written in full, or deeper nesting: as written is good enough
      }
      String qualifiedOuter = qualify(named.getScope().get(), unit);
      return qualifiedOuter == null ? null : qualifiedOuter + "." + named.getNameAsString();
    }
    String simple = named.getNameAsString();
    if (Trees.findFirst(unit, TypeParameter.class, p -> p.getNameAsString().equals(simple))
        .isPresent()) {
      return null;
    }
    String ownPackage = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".")
        .orElse("");
    if (TypeNames.declaredNames(unit).contains(simple)) {
      return ownPackage + simple;
    }
    for (ImportDeclaration imported : unit.getImports()) {
      if (!imported.isStatic() && !imported.isAsterisk()
          && imported.getName().getIdentifier().equals(simple)) {
        return imported.getNameAsString();
      }
    }
    for (ImportDeclaration imported : unit.getImports()) {
      String candidate = imported.getNameAsString() + "." + simple;
      if (!imported.isStatic() && imported.isAsterisk() && isJdkClass(candidate)) {
        return candidate;
      }
    }
    return isJdkClass("java.lang." + simple) ? "java.lang." + simple : ownPackage + simple;
  }

  private static boolean isJdkClass(String name) {
    return JDK_CLASSES.computeIfAbsent(name, n -> {
      try {
        Class.forName(n, false, ClassLoader.getPlatformClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    });
  }
}
