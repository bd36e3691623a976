package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.leakproof.scanner.engine.Trees;

/** Whether a declared type is {@code java.lang.String}, from the syntax alone. */
public final class StringType {
  private StringType() {}

  /**
   * {@code String} or {@code java.lang.String}, in a file that does not bring in another type
   * named {@code String} (an import, its own class, a type parameter).
   */
  public static boolean is(Type type, CompilationUnit unit) {
    if (!(type instanceof ClassOrInterfaceType named)
        || !named.getNameAsString().equals("String")
        || named.getTypeArguments().isPresent()) {
      return false;
    }
    if (named.getScope().isPresent()) {
      return named.getScope().get().asString().equals("java.lang");
    }
    return !shadowed(unit);
  }

  private static boolean shadowed(CompilationUnit unit) {
    for (ImportDeclaration imported : unit.getImports()) {
      if (!imported.isAsterisk() && !imported.isStatic()
          && imported.getName().getIdentifier().equals("String")
          && !imported.getNameAsString().equals("java.lang.String")) {
        return true;
      }
    }
    return Trees.findFirst(unit, TypeDeclaration.class, t -> t.getNameAsString().equals("String"))
        .isPresent()
        || Trees.findFirst(unit, TypeParameter.class, t -> t.getNameAsString().equals("String"))
        .isPresent();
  }
}
