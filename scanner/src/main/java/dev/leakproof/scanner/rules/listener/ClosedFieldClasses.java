package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.model.listener.WeakRegistries;
import dev.leakproof.checks.model.listener.WeakRegistries.SubjectField;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.Solver;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classes a static field of the scanned sources can hold when its code closes them ({@link
 * WeakRegistries#closedClasses}): the field, found by the file's syntax in {@code owner}, is
 * private, static and final, and its initialiser is {@code new C(..)} or a call of a method of
 * {@code owner} (by name and arity) whose every {@code return}, each branch of a {@code ?:}, is
 * {@code new C(..)} without a class body, with {@code C} declared in the scanned sources.
 */
final class ClosedFieldClasses {
  private ClosedFieldClasses() {}

  /** The classes by qualified name, with their declarations; empty when the code does not close them. */
  static Optional<Map<String, ResolvedReferenceTypeDeclaration>> of(NameExpr name,
      TypeDeclaration<?> owner, SourceFile file) {
    Optional<Node> declared = VariableLookup.of(name).filter(d -> d.kind() == Declaration.Kind.FIELD)
        .flatMap(Declaration::node);
    if (!(declared.orElse(null) instanceof VariableDeclarator variable)
        || !(variable.getParentNode().orElse(null) instanceof FieldDeclaration field)
        || field.getParentNode().orElse(null) != owner || variable.getInitializer().isEmpty()) {
      return Optional.empty();
    }
    Expression initialiser = variable.getInitializer().get();
    Map<String, ResolvedReferenceTypeDeclaration> classes = new LinkedHashMap<>();
    boolean isNew = initialiser instanceof ObjectCreationExpr;
    Optional<MethodDeclaration> factory = initialiser instanceof MethodCallExpr call
        && call.getScope().isEmpty() ? onlyMethod(owner, call) : Optional.empty();
    List<Expression> given = isNew ? List.of(initialiser)
        : factory.map(ClosedFieldClasses::returned).orElse(List.of());
    List<Optional<String>> returns = new ArrayList<>();
    for (Expression value : given) {
      Optional<ResolvedReferenceTypeDeclaration> made = madeClass(value, file);
      made.ifPresent(type -> classes.put(type.getQualifiedName(), type));
      returns.add(made.map(ResolvedReferenceTypeDeclaration::getQualifiedName));
    }
    return WeakRegistries.closedClasses(new SubjectField(field.isStatic(), field.isPrivate(),
            field.isFinal(), isNew, factory.filter(MethodDeclaration::isPrivate).isPresent(), returns))
        .map(closed -> classes);
  }

  /** The one method of {@code owner} with the call's name and arity. */
  private static Optional<MethodDeclaration> onlyMethod(TypeDeclaration<?> owner, MethodCallExpr call) {
    List<MethodDeclaration> named = owner.getMethodsByName(call.getNameAsString());
    return named.size() == 1 && named.get(0).getParameters().size() == call.getArguments().size()
        && named.get(0).getBody().isPresent() ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** Every value the method's {@code return}s give (the branches of a {@code ?:} apart); a bare {@code return;} gives none. */
  private static List<Expression> returned(MethodDeclaration method) {
    List<Expression> values = new ArrayList<>();
    for (ReturnStmt ret : Trees.findAll(method.getBody().orElseThrow(), ReturnStmt.class)) {
      if (!Trees.inNestedCode(ret, method)) {
        ret.getExpression().ifPresent(value -> branches(value, values));
      }
    }
    return values;
  }

  private static void branches(Expression value, List<Expression> into) {
    if (value instanceof ConditionalExpr conditional) {
      branches(conditional.getThenExpr(), into);
      branches(conditional.getElseExpr(), into);
    } else if (value instanceof EnclosedExpr enclosed) {
      branches(enclosed.getInner(), into);
    } else {
      into.add(value);
    }
  }

  /** The class of {@code new C(..)} when it has no class body and its declaration is in the scanned sources. */
  private static Optional<ResolvedReferenceTypeDeclaration> madeClass(Expression value, SourceFile file) {
    if (!(value instanceof ObjectCreationExpr creation) || creation.getAnonymousClassBody().isPresent()) {
      return Optional.empty();
    }
    return file.resolution().typeOf(creation).filter(ResolvedType::isReferenceType)
        .flatMap(type -> type.asReferenceType().getTypeDeclaration())
        .filter(type -> type.toAst().isPresent());
  }

  /**
   * The method a call with {@code signature} runs on an object of {@code type}: declared there or
   * in its nearest superclass that declares it, with a body in the scanned sources.
   */
  static Optional<MethodDeclaration> implementation(ResolvedReferenceTypeDeclaration type,
      String signature) {
    return Solver.askOptional(() -> {
      ResolvedReferenceTypeDeclaration current = type;
      for (int depth = 0; current != null && depth < 16; depth++) {
        for (ResolvedMethodDeclaration method : current.getDeclaredMethods()) {
          if (method.getSignature().equals(signature)) {
            return Bodies.of(method, MethodDeclaration.class).filter(m -> m.getBody().isPresent());
          }
        }
        current = current.isClass() ? current.asClass().getSuperClass()
            .flatMap(ResolvedReferenceType::getTypeDeclaration).orElse(null) : null;
      }
      return Optional.empty();
    });
  }
}
