package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.List;
import java.util.Optional;

/**
 * Whether the registry keeps what a registration hands it only through a
 * {@code java.lang.ref.Reference} (weak, soft or phantom), which does not keep it reachable.
 * Two shapes: the registration method belongs to a {@code Reference} subtype (Guava's
 * {@code ClosingFuture} calls {@code FinalizableReference.register(this)}, a phantom reference's
 * own static registry), or the method's source is visible and passes the registered parameter
 * only to {@code new R(...)} of a {@code Reference} subtype ({@code list.add(new WeakReference<>(o))}).
 * Anything the solver cannot show counts as strong: the registration stays reported.
 */
public final class WeaklyHeldRegistration {
  private WeaklyHeldRegistration() {}

  /** Whether {@code listener}, an argument of {@code call}, is held only through a reference. */
  public static boolean test(MethodCallExpr call, Expression listener, SourceFile file) {
    file.resolution(); // attaches the symbol solver to the file's tree
    try {
      ResolvedMethodDeclaration method = call.resolve();
      return isReference(method.declaringType()) || receiverIsReference(call)
          || wrapsParameter(method, argumentIndex(call, listener), file);
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }

  private static boolean receiverIsReference(MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return false;
    }
    try {
      ResolvedType type = call.getScope().get().calculateResolvedType();
      return type.isReferenceType() && type.asReferenceType().getTypeDeclaration()
          .map(WeaklyHeldRegistration::isReference).orElse(false);
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false; // a type name as scope (Cleanup.register) has no value type
    }
  }

  private static int argumentIndex(MethodCallExpr call, Expression listener) {
    List<Expression> arguments = call.getArguments();
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i) == listener) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the method's source passes parameter {@code index}, used at least once, only to reference constructors. */
  private static boolean wrapsParameter(ResolvedMethodDeclaration method, int index,
      SourceFile file) {
    Optional<MethodDeclaration> declaration = method.toAst(MethodDeclaration.class);
    if (index < 0 || declaration.isEmpty() || declaration.get().getBody().isEmpty()
        || index >= declaration.get().getParameters().size()) {
      return false;
    }
    Parameter parameter = declaration.get().getParameter(index);
    if (parameter.isVarArgs()) {
      return false;
    }
    int uses = 0;
    for (NameExpr use : declaration.get().getBody().get().findAll(NameExpr.class)) {
      boolean isParameter = use.getNameAsString().equals(parameter.getNameAsString())
          && VariableLookup.of(use).flatMap(Declaration::node).filter(n -> n == parameter).isPresent();
      if (isParameter && !wrappedInReference(use, file)) {
        return false;
      }
      uses += isParameter ? 1 : 0;
    }
    return uses > 0;
  }

  /**
   * {@code new WeakReference<>(use)}: the use is an argument of a reference's constructor. The
   * type comes from this file's solver, which also answers for a declaration in another file
   * (that file's tree has no solver attached).
   */
  private static boolean wrappedInReference(NameExpr use, SourceFile file) {
    Node parent = use.getParentNode().orElse(null);
    if (!(parent instanceof ObjectCreationExpr creation)
        || creation.getArguments().stream().noneMatch(argument -> argument == use)) {
      return false;
    }
    Optional<ResolvedType> created = file.resolution().typeOf(creation);
    if (created.isEmpty()) {
      return false;
    }
    ResolvedType type = created.get();
    return type.isReferenceType() && type.asReferenceType().getTypeDeclaration()
        .map(WeaklyHeldRegistration::isReference).orElse(false);
  }

  private static boolean isReference(ResolvedReferenceTypeDeclaration type) {
    return ListenerApis.isReferenceType(type.getQualifiedName())
        || type.getAllAncestors().stream().anyMatch(a -> ListenerApis.isReferenceType(a.getQualifiedName()));
  }
}
