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
import dev.leakproof.checks.knowledge.ListenerApis;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * The object a listener is registered on (or removed from): the receiver of an
 * {@code add…Listener}/{@code remove…Listener} call, as far as it can be named.
 *
 * @param key what makes two calls address the same subject. Static fields and singleton
 *     accessors share their type as key ({@code Bus.INSTANCE} and {@code Bus.getInstance()} are
 *     one object; two static fields of one type are taken as one too, which can only make the
 *     rule quieter); a static registration method its class; a field of this object the field
 * @param longerLived whether the subject is known to outlive the registering object
 * @param description how the finding names it
 */
record ListenerSubject(Object key, boolean longerLived, String description) {
  /** The subject of {@code call} (whose symbol is {@code method}); empty when it cannot be named. */
  static Optional<ListenerSubject> of(
      MethodInvocationTree call, MethodSymbol method, VisitorState state) {
    if (method.isStatic()) {
      // UIManager.addPropertyChangeListener: the registry is static, JVM-wide state.
      return Optional.of(new ListenerSubject(method.owner, true,
          "the static registry of " + method.owner.getSimpleName()));
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver == null) {
      return Optional.empty(); // this.addListener(...): the class is the subject itself
    }
    receiver = ASTHelpers.stripParentheses(receiver);
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    if (symbol instanceof VarSymbol variable && variable.getKind() == ElementKind.FIELD
        || symbol instanceof VarSymbol v && v.getKind() == ElementKind.ENUM_CONSTANT) {
      VarSymbol field = (VarSymbol) symbol;
      if (field.isStatic()) {
        return typeKey(receiver, state).map(type -> new ListenerSubject(type, true,
            "static field " + field.owner.getSimpleName() + "." + field.getSimpleName()));
      }
      if (!isOwnField(receiver)) {
        return Optional.empty();
      }
      boolean injected = isInjected(field, state);
      return Optional.of(new ListenerSubject(field, injected,
          (injected ? "injected field " : "field ") + field.getSimpleName()));
    }
    if (symbol instanceof VarSymbol parameter && parameter.getKind() == ElementKind.PARAMETER) {
      // A constructor parameter kept in a field is the injected dependency itself.
      return fieldKeeping(parameter, state).map(field -> new ListenerSubject(field, true,
          "injected " + field.getSimpleName()));
    }
    if (receiver instanceof MethodInvocationTree accessor && accessor.getArguments().isEmpty()
        && symbol instanceof MethodSymbol getter && getter.isStatic()
        && ListenerApis.isSingletonAccessor(getter.getSimpleName().toString())) {
      return typeKey(receiver, state).map(type -> new ListenerSubject(type, true,
          "singleton " + getter.owner.getSimpleName() + "." + getter.getSimpleName() + "()"));
    }
    return Optional.empty();
  }

  private static Optional<Object> typeKey(ExpressionTree receiver, VisitorState state) {
    Type type = ASTHelpers.getType(receiver);
    return type == null ? Optional.empty()
        : Optional.of(state.getTypes().erasure(type).tsym);
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

  /** Whether some constructor of the field's class assigns it one of its parameters. */
  private static boolean isInjected(VarSymbol field, VisitorState state) {
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
    Boolean found = new TreeScanner<Boolean, Void>() {
      @Override
      public Boolean visitAssignment(AssignmentTree assignment, Void unused) {
        Symbol target = ASTHelpers.getSymbol(assignment.getVariable());
        Symbol value = ASTHelpers.getSymbol(checkedValue(assignment.getExpression()));
        boolean injects = field.equals(target) && value instanceof VarSymbol v
            && v.getKind() == ElementKind.PARAMETER && symbol.equals(v.owner);
        return injects || Boolean.TRUE.equals(super.visitAssignment(assignment, unused));
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }
    }.scan(constructor.getBody(), null);
    return Boolean.TRUE.equals(found);
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
      String owner = method.owner.getQualifiedName().toString();
      String name = method.getSimpleName().toString();
      if (owner.equals("java.util.Objects") && name.equals("requireNonNull")
          || owner.equals("com.google.common.base.Preconditions") && name.equals("checkNotNull")) {
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
