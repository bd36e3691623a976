package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import dev.leakproof.checks.knowledge.MemoryOnlyCloseables;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.Call;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.CloseMethod;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.FieldClose;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.OtherCall;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.SuperClose;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts {@link MemoryOnlyClasses} judges, read from the scanned sources: the {@code close()}
 * a class of the scanned tree runs (its own or inherited), and the calls in its body. A class the
 * solver finds only in a jar has no body to read; one it cannot resolve at all has nothing.
 */
final class SourceCloseMethods implements MemoryOnlyClasses.Classes {
  /** The declarations met so far, by the names the model asks about. */
  private final Map<String, ResolvedReferenceTypeDeclaration> declarations = new HashMap<>();

  private SourceCloseMethods() {}

  /** Whether {@code new T(..)} makes a value that holds only memory. */
  static boolean createdHoldsOnlyMemory(ObjectCreationExpr creation) {
    try { // an anonymous body without its own close() (UnlistedValues) runs the named class's
      Optional<ResolvedReferenceTypeDeclaration> type =
          creation.getType().resolve().asReferenceType().getTypeDeclaration();
      if (type.isEmpty()) {
        return false;
      }
      SourceCloseMethods classes = new SourceCloseMethods();
      return MemoryOnlyClasses.createdHoldsOnlyMemory(classes.named(type.get()), classes);
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false; // unknown: it may hold anything
    }
  }

  /**
   * Whether {@code call} is one whose result the tables know holds only memory ({@code
   * tokenBuffer.asParser(p)}); resolved, so a type the solver cannot see holds something.
   */
  static boolean returnsOnlyMemory(MethodCallExpr call) {
    if (!MemoryOnlyCloseables.mayReturnOnlyMemory(call.getNameAsString())) {
      return false;
    }
    try {
      ResolvedMethodDeclaration callee = call.resolve();
      return MemoryOnlyCloseables.returnsOnlyMemory(
          callee.declaringType().getQualifiedName(), callee.getName());
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }

  private String named(ResolvedReferenceTypeDeclaration type) {
    String name = type.getQualifiedName();
    declarations.putIfAbsent(name, type);
    return name;
  }

  @Override
  public Optional<CloseMethod> closeOf(String fqcn) {
    ResolvedReferenceTypeDeclaration type = declarations.get(fqcn);
    try {
      while (type != null) {
        Optional<ResolvedMethodDeclaration> close = type.getDeclaredMethods().stream()
            .filter(m -> m.getName().equals("close") && m.getNumberOfParams() == 0)
            .findFirst();
        if (close.isPresent()) {
          ResolvedReferenceTypeDeclaration owner = type;
          String declaring = named(owner);
          if (close.get().isAbstract()) {
            return Optional.of(new CloseMethod(declaring, Optional.empty()));
          }
          Optional<MethodDeclaration> body = Bodies.of(close.get())
              .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
              .filter(m -> m.getBody().isPresent());
          return Optional.of(new CloseMethod(declaring, body.map(m -> calls(m, owner))));
        }
        if (!type.isClass()) {
          return Optional.empty();
        }
        type = type.asClass().getSuperClass().flatMap(ResolvedReferenceType::getTypeDeclaration)
            .orElse(null);
      }
    } catch (RuntimeException | StackOverflowError unresolved) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Every call of {@code close}'s body, as the model reads them. */
  private List<Call> calls(MethodDeclaration close, ResolvedReferenceTypeDeclaration owner) {
    List<Call> calls = new ArrayList<>();
    Trees.walk(close.getBody().get(), Node.class, node -> {
      if (node instanceof MethodCallExpr call) {
        calls.add(call(call, owner));
      } else if (node instanceof ObjectCreationExpr || node instanceof LambdaExpr
          || node instanceof MethodReferenceExpr) {
        calls.add(new OtherCall(node.toString()));
      }
    });
    return calls;
  }

  private Call call(MethodCallExpr call, ResolvedReferenceTypeDeclaration owner) {
    if (!call.getNameAsString().equals("close") || call.getArguments().isNonEmpty()) {
      return new OtherCall(call.getNameAsString());
    }
    Optional<Expression> scope = call.getScope();
    if (scope.isPresent() && scope.get() instanceof SuperExpr superExpr
        && superExpr.getTypeName().isEmpty() && owner.isClass()) {
      return owner.asClass().getSuperClass().flatMap(ResolvedReferenceType::getTypeDeclaration)
          .<Call>map(superclass -> new SuperClose(named(superclass)))
          .orElse(new OtherCall("super.close"));
    }
    Optional<ResolvedValueDeclaration> field = scope.flatMap(SourceCloseMethods::fieldOf);
    if (field.isPresent() && field.get().getType().isReferenceType()) {
      return field.get().getType().asReferenceType().getTypeDeclaration()
          .<Call>map(type -> new FieldClose(named(type)))
          .orElse(new OtherCall("close"));
    }
    return new OtherCall("close");
  }

  /** The instance field {@code scope} names ({@code in}, {@code this.in}), if it is one. */
  private static Optional<ResolvedValueDeclaration> fieldOf(Expression scope) {
    ResolvedValueDeclaration value;
    if (scope instanceof NameExpr name) {
      value = name.resolve();
    } else if (scope instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      value = access.resolve();
    } else {
      return Optional.empty();
    }
    return value.isField() && !value.asField().isStatic() ? Optional.of(value) : Optional.empty();
  }

  @Override
  public List<String> superclasses(String fqcn) {
    List<String> names = new ArrayList<>();
    ResolvedReferenceTypeDeclaration type = declarations.get(fqcn);
    try {
      while (type != null && type.isClass() && names.size() < 20) {
        type = type.asClass().getSuperClass()
            .flatMap(ResolvedReferenceType::getTypeDeclaration).orElse(null);
        if (type != null) {
          names.add(named(type));
        }
      }
    } catch (RuntimeException | StackOverflowError unresolved) {
      // as far as the solver can tell
    }
    return names;
  }

  @Override
  public boolean isFinal(String fqcn) {
    ResolvedReferenceTypeDeclaration type = declarations.get(fqcn);
    if (type == null) {
      return false;
    }
    try {
      Optional<Node> node = type.toAst();
      return node.map(n -> n instanceof EnumDeclaration || n instanceof RecordDeclaration
          || (n instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && c.isFinal()))
          .orElse(false);
    } catch (RuntimeException unresolved) {
      return false;
    }
  }
}
