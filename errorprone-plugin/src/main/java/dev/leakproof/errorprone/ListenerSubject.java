package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ArgumentReturningMethods;
import dev.leakproof.checks.model.singleton.SharedInstances;
import dev.leakproof.checks.model.singleton.SingletonBeans;
import dev.leakproof.checks.model.listener.Subject;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * The subject a listener is registered on (or removed from): the receiver of an
 * {@code add…Listener}/{@code remove…Listener} call, named as the shared {@link Subject} model
 * wants it. Empty when the code does not show what it is (a local, a helper method's parameter).
 */
final class ListenerSubject {
  private ListenerSubject() {}

  /** The subject of {@code call} (whose symbol is {@code method}); empty when it cannot be named. */
  static Optional<Subject> of(MethodInvocationTree call, MethodSymbol method, VisitorState state) {
    if (method.isStatic()) {
      // UIManager.addPropertyChangeListener: the registry is static, JVM-wide state; unless
      // the method takes a second object to register on (Futures.addCallback(future, ...)).
      return Subject.staticRegistry(method.owner.getQualifiedName().toString(),
          method.getParameters().stream().map(p -> erasedName(p.asType(), state)).toList());
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver == null || isThis(receiver)) {
      return Optional.of(Subject.self()); // this.addListener(...): the class is the subject itself
    }
    receiver = ASTHelpers.stripParentheses(receiver);
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    if (symbol instanceof VarSymbol field
        && (field.getKind() == ElementKind.FIELD || field.getKind() == ElementKind.ENUM_CONSTANT)) {
      return Subject.ofField(field.owner.getQualifiedName().toString(),
          field.getSimpleName().toString(), erasedName(field.asType(), state), field.isStatic(),
          isOwnField(receiver), () -> isInjected(field, state),
          () -> isSingletonBean(field.asType()));
    }
    if (symbol instanceof VarSymbol parameter && parameter.getKind() == ElementKind.PARAMETER) {
      // A constructor parameter kept in a field is the injected dependency itself.
      return fieldKeeping(parameter, state)
          .map(field -> Subject.injectedField(field.getSimpleName().toString()));
    }
    if (receiver instanceof MethodInvocationTree accessor && accessor.getArguments().isEmpty()
        && symbol instanceof MethodSymbol getter && getter.isStatic()
        && SharedInstances.isAccessor(getter.owner.getQualifiedName().toString(),
            getter.getSimpleName().toString(), returnsStaticField(getter, state))) {
      return Optional.of(Subject.sharedInstance(getter.owner.getQualifiedName().toString(),
          getter.getSimpleName().toString(), erasedName(getter.getReturnType(), state)));
    }
    return Optional.empty();
  }

  private static boolean isThis(ExpressionTree receiver) {
    ExpressionTree e = ASTHelpers.stripParentheses(receiver);
    return e instanceof IdentifierTree id && id.getName().contentEquals("this");
  }

  private static String erasedName(Type type, VisitorState state) {
    return state.getTypes().erasure(type).tsym.getQualifiedName().toString();
  }

  /** Whether the field's type is a class a DI container keeps one instance of. */
  private static boolean isSingletonBean(Type type) {
    return type != null && type.tsym != null && type.tsym.getAnnotationMirrors().stream()
        .anyMatch(a -> SingletonBeans.isSingletonScope(
            a.getAnnotationType().asElement().toString()));
  }

  /**
   * Whether a static accessor declared in this compilation unit returns a static field on every
   * {@code return} ({@code return GLOBAL;}, the holder idiom's {@code return Holder.INSTANCE;}).
   */
  private static boolean returnsStaticField(MethodSymbol getter, VisitorState state) {
    MethodTree declaration = CompilationBodies.inThisFile(getter, state);
    if (declaration == null) {
      return false;
    }
    List<ExpressionTree> values = OwnCodeSearch.returnedValues(declaration.getBody());
    return !values.isEmpty() && values.stream().allMatch(value -> value != null
        && ASTHelpers.getSymbol(ASTHelpers.stripParentheses(value)) instanceof VarSymbol field
        && field.getKind() == ElementKind.FIELD && field.isStatic());
  }

  /** {@code f} or {@code this.f}: a field of the object whose code runs. */
  private static boolean isOwnField(ExpressionTree access) {
    if (access instanceof IdentifierTree) {
      return true;
    }
    return access instanceof MemberSelectTree select
        && ASTHelpers.stripParentheses(select.getExpression()) instanceof IdentifierTree self
        && self.getName().contentEquals("this");
  }

  /**
   * Whether the field's value comes from outside: an injection annotation on it, or a constructor
   * of its class that assigns it one of its parameters.
   */
  private static boolean isInjected(VarSymbol field, VisitorState state) {
    if (field.getAnnotationMirrors().stream().anyMatch(
        a -> SingletonBeans.isInjection(a.getAnnotationType().asElement().toString()))) {
      return true;
    }
    ClassTree owner = enclosingClassTree(field.owner, state);
    if (owner == null) {
      return false; // inherited: we cannot see how it is set
    }
    for (Tree member : owner.getMembers()) {
      if (member instanceof MethodTree constructor
          && ASTHelpers.getSymbol(constructor).isConstructor()
          && assignsParameter(constructor, field)) {
        return true;
      }
    }
    return false;
  }

  private static boolean assignsParameter(MethodTree constructor, VarSymbol field) {
    MethodSymbol symbol = ASTHelpers.getSymbol(constructor);
    return TreeSearch.any(constructor.getBody(), tree -> tree instanceof AssignmentTree assignment
        && field.equals(ASTHelpers.getSymbol(assignment.getVariable()))
        && ASTHelpers.getSymbol(checkedValue(assignment.getExpression())) instanceof VarSymbol v
        && v.getKind() == ElementKind.PARAMETER && symbol.equals(v.owner));
  }

  /** The instance field of this object that the constructor declaring {@code parameter} stores it in. */
  private static Optional<VarSymbol> fieldKeeping(VarSymbol parameter, VisitorState state) {
    if (!(parameter.owner instanceof MethodSymbol constructor) || !constructor.isConstructor()) {
      return Optional.empty();
    }
    for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof MethodTree method
          && constructor.equals(ASTHelpers.getSymbol(method)) && method.getBody() != null) {
        VarSymbol[] kept = new VarSymbol[1];
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitAssignment(AssignmentTree assignment, Void unused) {
            Symbol target = ASTHelpers.getSymbol(assignment.getVariable());
            Symbol value = ASTHelpers.getSymbol(checkedValue(assignment.getExpression()));
            if (parameter.equals(value) && target instanceof VarSymbol field
                && field.getKind() == ElementKind.FIELD && !field.isStatic()
                && field.owner.equals(constructor.owner) && isOwnField(assignment.getVariable())) {
              kept[0] = field;
            }
            return super.visitAssignment(assignment, unused);
          }
        }.scan(method.getBody(), null);
        return Optional.ofNullable(kept[0]);
      }
    }
    return Optional.empty();
  }

  /**
   * The value an assignment stores: {@code bus} for {@code Objects.requireNonNull(bus, "bus")}
   * or Guava's {@code checkNotNull(bus)}, which return their argument.
   */
  private static ExpressionTree checkedValue(ExpressionTree value) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof MethodInvocationTree call && !call.getArguments().isEmpty()
        && ASTHelpers.getSymbol(call) instanceof MethodSymbol method && method.isStatic()) {
      if (ArgumentReturningMethods.returnsFirstArgument(
          method.owner.getQualifiedName().toString(), method.getSimpleName().toString())) {
        return ASTHelpers.stripParentheses(call.getArguments().get(0));
      }
    }
    return stripped;
  }

  /** The tree of the class {@code owner} among the classes enclosing the current path. */
  static ClassTree enclosingClassTree(Symbol owner, VisitorState state) {
    for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof ClassTree type && owner.equals(ASTHelpers.getSymbol(type))) {
        return type;
      }
    }
    return null;
  }
}
