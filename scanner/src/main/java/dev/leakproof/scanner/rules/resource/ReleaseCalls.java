package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.leakproof.checks.knowledge.ReleaseMethods;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.TypeNames;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.List;
import java.util.Optional;

/**
 * Whether a call releases its receiver, as {@link ReleaseMethods} says: {@code close()} on
 * anything, or a release method of the receiver's type ({@code walk.dispose()} on a {@code
 * RevWalk}). The type is the one the file declares for the receiver (the local, parameter or
 * field, the {@code new} or the cast), named through the file's imports ({@link TypeNames}), so a
 * file scanned without its project's jars is judged as one scanned with them; a {@code dispose()}
 * on a type the table does not list releases nothing.
 */
public final class ReleaseCalls {
  private ReleaseCalls() {}

  public static boolean releasesReceiver(MethodCallExpr call) {
    String name = call.getNameAsString();
    String type = !ReleaseMethods.mayReleaseReceiver(name) ? null
        : call.getScope().flatMap(ReleaseCalls::declaredType)
            .flatMap(t -> call.findCompilationUnit().flatMap(unit -> qualify(t, "", unit)))
            .orElse(null);
    return ReleaseMethods.releasesReceiver(name, call.getArguments().size(), type, List.of());
  }

  private static Optional<ClassOrInterfaceType> declaredType(Expression receiver) {
    Expression e = Expression.EXCLUDE_ENCLOSED_EXPR.apply(receiver);
    Type type = null;
    if (e instanceof CastExpr cast) {
      type = cast.getType();
    } else if (e instanceof ObjectCreationExpr creation) {
      type = creation.getType();
    } else {
      Node declared = VariableLookup.of(e).filter(d -> d.kind() == Declaration.Kind.LOCAL
              || d.kind() == Declaration.Kind.FIELD)
          .flatMap(Declaration::node).orElse(null);
      if (declared instanceof Parameter parameter) {
        type = parameter.getType();
      } else if (declared instanceof VariableDeclarator variable) {
        type = variable.getType().isVarType()
            ? variable.getInitializer().filter(ObjectCreationExpr.class::isInstance)
                .map(i -> (Type) ((ObjectCreationExpr) i).getType()).orElse(null)
            : variable.getType();
      }
    }
    return type instanceof ClassOrInterfaceType named ? Optional.of(named) : Optional.empty();
  }

  /**
   * The table's name for {@code type} followed by {@code nested} ({@code TemporaryBuffer} +
   * {@code .LocalFile}): written in full, imported, in {@code java.lang}, or in the file's own
   * package; empty for any type the table does not list.
   */
  private static Optional<String> qualify(ClassOrInterfaceType type, String nested,
      CompilationUnit unit) {
    String written = type.getNameWithScope() + nested;
    if (ReleaseMethods.knowsType(written)) {
      return Optional.of(written);
    }
    if (type.getScope().isPresent()) {
      return qualify(type.getScope().get(), "." + type.getNameAsString() + nested, unit);
    }
    Optional<String> imported = TypeNames.qualify(type.getNameAsString(), unit,
        outer -> ReleaseMethods.knowsType(outer + nested));
    if (imported.isPresent()) {
      return imported.map(outer -> outer + nested);
    }
    return unit.getPackageDeclaration()
        .map(p -> p.getNameAsString() + "." + written)
        .filter(ReleaseMethods::knowsType);
  }
}
