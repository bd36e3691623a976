package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.List;
import java.util.Optional;

/**
 * The declared result type of a call of the file's own method when the solver cannot resolve the
 * call (an argument's type lives in a jar the scan does not have): {@code getFile(fh.getNewPath(),
 * true)} with {@code private File getFile(String path, boolean create)} in the same file. The
 * declarations of that name and arity in the file decide, when they all declare one type (no
 * varargs, no type variable), as javac would have to pick one of them.
 */
final class OwnMethodTypes {
  private OwnMethodTypes() {}

  /** The qualified, erased type {@code expression} has by its own method's declaration, if any. */
  static Optional<String> declaredReturnType(Expression expression) {
    if (!(Trees.stripped(expression) instanceof MethodCallExpr call)
        || call.getScope().isPresent() && !(call.getScope().get() instanceof ThisExpr)) {
      return Optional.empty();
    }
    CompilationUnit unit = call.findCompilationUnit().orElse(null);
    if (unit == null) {
      return Optional.empty();
    }
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    List<MethodDeclaration> declared = Trees.findAll(unit, MethodDeclaration.class,
        m -> m.getNameAsString().equals(name)
            && (m.getParameters().size() == arity
                || m.getParameters().stream().anyMatch(p -> p.isVarArgs())));
    if (declared.isEmpty()
        || declared.stream().anyMatch(m -> m.getParameters().size() != arity
            || m.getParameters().stream().anyMatch(p -> p.isVarArgs())
            || !m.getTypeParameters().isEmpty())) {
      return Optional.empty();
    }
    Type type = declared.get(0).getType();
    if (!(type instanceof ClassOrInterfaceType named)
        || declared.stream().anyMatch(m -> !m.getType().equals(type))) {
      return Optional.empty();
    }
    return Solver.ask(() -> Acquisitions.qualifiedName(named));
  }
}
