package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Argument;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Effect;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import dev.leakproof.checks.model.threadlocal.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;

/**
 * Calls on static {@code ThreadLocal} fields, as {@link ThreadLocalNotRemoved} sees them: which
 * field, which operation, and what it does to the thread's value ({@link ThreadLocalApis}).
 */
final class ThreadLocalCalls {
  /** One call {@code FIELD.op(…)} and its effect. */
  record Call(MethodInvocationTree tree, VarSymbol field, Operation operation, Effect effect) {}

  private ThreadLocalCalls() {}

  /**
   * The call {@code tree} on a static thread-local field declared in {@code topLevel} (or a class
   * nested in it), if it is one. {@code scope} is where a restored previous value is looked for.
   */
  static Optional<Call> of(MethodInvocationTree tree, ClassTree topLevel, Tree scope,
      VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (method == null || method.isStatic()) {
      return Optional.empty();
    }
    Operation operation =
        ThreadLocalApis.byName(method.getSimpleName().toString(), tree.getArguments().size());
    if (operation == null || !isThreadLocal(method.owner.type, state)) {
      return Optional.empty();
    }
    Optional<VarSymbol> field = staticThreadLocalField(ASTHelpers.getReceiver(tree), state);
    ClassSymbol top = ASTHelpers.getSymbol(topLevel);
    if (field.isEmpty() || top == null || ASTHelpers.outermostClass(field.get()) != top) {
      return Optional.empty(); // another class's thread-local: its removals are not visible here
    }
    Argument argument = operation == Operation.SET
        ? argument(tree.getArguments().get(0), field.get(), scope)
        : Argument.OTHER;
    boolean initial = operation == Operation.GET && hasInitialValue(field.get(), topLevel, state);
    return Optional.of(new Call(tree, field.get(), operation,
        ThreadLocalApis.effect(operation, argument, initial)));
  }

  /**
   * Every call on {@code field} in {@code tree}, not descending into lambdas or classes when
   * {@code shallow}; restored previous values are looked for in {@code scope}.
   */
  static List<Call> in(Tree tree, Tree scope, VarSymbol field, ClassTree topLevel,
      boolean shallow, VisitorState state) {
    List<Call> calls = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        of(call, topLevel, scope, state).filter(c -> c.field() == field).ifPresent(calls::add);
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return shallow && lambda != tree ? null : super.visitLambdaExpression(lambda, unused);
      }

      @Override
      public Void visitClass(ClassTree nested, Void unused) {
        return shallow && nested != tree ? null : super.visitClass(nested, unused);
      }
    }.scan(tree, null);
    return calls;
  }

  /** What the thread-local in {@code field} holds: its {@code ThreadLocal<T>} type argument. */
  static ValueType valueType(VarSymbol field, VisitorState state) {
    Type value = valueClass(field, state);
    return value == null ? ValueType.unknown() : valueType(value);
  }

  /** The thread-local's type argument, or {@code null} when it is raw. */
  static Type valueClass(VarSymbol field, VisitorState state) {
    Type threadLocal = state.getTypeFromString(ThreadLocalApis.THREAD_LOCAL);
    Type asThreadLocal = threadLocal == null ? null
        : state.getTypes().asSuper(field.type, threadLocal.tsym);
    if (asThreadLocal == null || asThreadLocal.getTypeArguments().size() != 1) {
      return null; // raw
    }
    return asThreadLocal.getTypeArguments().get(0);
  }

  static ValueType valueType(Type type) {
    if (type instanceof Type.ArrayType array) {
      ValueType element = valueType(array.elemtype);
      return element.isKnown() ? ValueType.of(element.name() + "[]") : element;
    }
    if (type.isPrimitive()) {
      return ValueType.of(type.toString());
    }
    if (!(type instanceof Type.ClassType) || !(type.tsym instanceof ClassSymbol symbol)) {
      return ValueType.unknown(); // a type variable or wildcard
    }
    return ValueType.of(symbol.getQualifiedName().toString(), type.getTypeArguments().stream()
        .map(ThreadLocalCalls::valueType).toArray(ValueType[]::new));
  }

  static boolean isThreadLocal(Type type, VisitorState state) {
    Type threadLocal = state.getTypeFromString(ThreadLocalApis.THREAD_LOCAL);
    return type != null && threadLocal != null && ASTHelpers.isSubtype(type, threadLocal, state);
  }

  private static Optional<VarSymbol> staticThreadLocalField(ExpressionTree receiver,
      VisitorState state) {
    if (receiver == null) {
      return Optional.empty();
    }
    Symbol symbol = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(receiver));
    if (symbol instanceof VarSymbol variable && variable.getKind() == ElementKind.FIELD
        && variable.isStatic() && isThreadLocal(variable.type, state)) {
      return Optional.of(variable);
    }
    return Optional.empty();
  }

  /** {@code null}, a local holding {@code field.get()} read earlier, or something else. */
  private static Argument argument(ExpressionTree value, VarSymbol field, Tree scope) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped.getKind() == Tree.Kind.NULL_LITERAL) {
      return Argument.NULL;
    }
    if (stripped instanceof IdentifierTree
        && ASTHelpers.getSymbol(stripped) instanceof VarSymbol local
        && local.getKind() == ElementKind.LOCAL_VARIABLE
        && assignedFromGet(local, field, scope)) {
      return Argument.PREVIOUS_VALUE;
    }
    return Argument.OTHER;
  }

  /**
   * Whether every value {@code local} is given in {@code scope} is {@code field.get()} or
   * {@code null}, and one is {@code field.get()}: {@code T previous = null; try { previous =
   * F.get(); ... } finally { F.set(previous); }} puts back the previous value, or takes the value
   * out.
   */
  private static boolean assignedFromGet(VarSymbol local, VarSymbol field, Tree scope) {
    List<ExpressionTree> values = Reassignments.valuesGiven(scope, local, true);
    return values.stream().anyMatch(v -> isGetOf(v, field))
        && values.stream().allMatch(v -> isGetOf(v, field)
            || ASTHelpers.stripParentheses(v).getKind() == Tree.Kind.NULL_LITERAL);
  }

  /**
   * Whether a method of {@code topLevel} returns what {@code field.get()} held before it set a
   * new value ({@code T last = F.get(); F.set(v); return last;}): a scope the caller ends by
   * setting that value back, so the class hands the taking-out to its callers.
   */
  static boolean returnsPreviousValue(ClassTree topLevel, VarSymbol field) {
    boolean[] found = {false};
    new TreeScanner<Void, Tree>() {
      @Override
      public Void visitMethod(com.sun.source.tree.MethodTree method, Tree scope) {
        return super.visitMethod(method, method);
      }

      @Override
      public Void visitReturn(com.sun.source.tree.ReturnTree ret, Tree scope) {
        if (scope != null && ret.getExpression() != null
            && argument(Casts.stripped(ret.getExpression()), field, scope) == Argument.PREVIOUS_VALUE
            && setsIn(scope, field)) {
          found[0] = true;
        }
        return super.visitReturn(ret, scope);
      }
    }.scan(topLevel, null);
    return found[0];
  }

  /**
   * Whether the class takes the value out through its own setter: a one-parameter method that
   * sets {@code field} to its parameter ({@code void setCurrent(T t) { F.set(t); }}) and is
   * called somewhere in the class with {@code null} (Ant's {@code setCurrentExtraFields(null)}
   * in a {@code finally}).
   */
  static boolean takenOutThroughSetter(ClassTree topLevel, VarSymbol field, VisitorState state) {
    Set<Symbol> setters = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree method, Void unused) {
        List<? extends VariableTree> parameters = method.getParameters();
        if (ThreadLocalModel.isSetter(parameters.size(),
            () -> !ASTHelpers.getSymbol(parameters.get(0)).type.isPrimitive(),
            () -> setsTo(ASTHelpers.getSymbol(parameters.get(0)), method, field, topLevel,
                state))) {
          setters.add(ASTHelpers.getSymbol(method));
        }
        return super.visitMethod(method, unused);
      }
    }.scan(topLevel, null);
    if (setters.isEmpty()) {
      return false;
    }
    return TreeSearch.anyCall(topLevel, call -> call.getArguments().size() == 1
        && ASTHelpers.stripParentheses(call.getArguments().get(0)).getKind() == Tree.Kind.NULL_LITERAL
        && setters.contains(ASTHelpers.getSymbol(call)));
  }

  /** Whether {@code method} sets {@code field} to {@code parameter}. */
  private static boolean setsTo(Symbol parameter, MethodTree method, VarSymbol field,
      ClassTree topLevel, VisitorState state) {
    return in(method, method, field, topLevel, true, state).stream()
        .anyMatch(call -> call.operation() == Operation.SET
            && ASTHelpers.getSymbol(Casts.stripped(call.tree().getArguments().get(0))) == parameter);
  }

  /** Whether {@code scope} calls {@code field.set(…)}. */
  private static boolean setsIn(Tree scope, VarSymbol field) {
    return TreeSearch.anyCall(scope, call -> {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return method != null && method.getSimpleName().contentEquals(Operation.SET.methodName())
          && call.getArguments().size() == 1
          && receiver != null && ASTHelpers.getSymbol(receiver) == field;
    });
  }

  private static boolean isGetOf(ExpressionTree value, VarSymbol field) {
    if (!(Casts.stripped(value) instanceof MethodInvocationTree call) || !call.getArguments().isEmpty()) {
      return false;
    }
    MethodSymbol method = ASTHelpers.getSymbol(call);
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    return method != null && method.getSimpleName().contentEquals(Operation.GET.methodName())
        && receiver != null && ASTHelpers.getSymbol(receiver) == field;
  }

  /**
   * The class of the object a {@code final} field's declaration creates, then its superclasses
   * below {@code ThreadLocal}, fully qualified (an anonymous class by its flat name); empty when
   * the field is not {@code final} or its initializer creates nothing ({@link
   * dev.leakproof.checks.model.threadlocal.ThreadLocalPut#threadLocalClasses}).
   */
  static List<String> createdClasses(VarSymbol field, ClassTree topLevel) {
    if ((field.flags() & Flags.FINAL) == 0) {
      return List.of();
    }
    List<ExpressionTree> initializers = Reassignments.valuesGiven(topLevel, field, false);
    if (initializers.size() != 1
        || !(ASTHelpers.stripParentheses(initializers.get(0)) instanceof NewClassTree creation)) {
      return List.of();
    }
    Type created = ASTHelpers.getType(creation);
    return ThreadLocalModel.threadLocalClasses(Stream.iterate(
            created == null ? null : created.tsym, ClassSymbol.class::isInstance,
            at -> ((ClassSymbol) at).getSuperclass().tsym)
        .map(ClassSymbol.class::cast)
        .map(c -> c.isAnonymous() ? c.flatName().toString() : c.getQualifiedName().toString()));
  }

  /**
   * Whether {@code field} is given a thread-local that creates a value on first {@code get()}:
   * {@code ThreadLocal.withInitial(…)}, or a class overriding {@code initialValue()}.
   */
  private static boolean hasInitialValue(VarSymbol field, ClassTree topLevel, VisitorState state) {
    List<ExpressionTree> values = Reassignments.valuesGiven(topLevel, field, true);
    return values.stream().anyMatch(v -> createsInitialValue(v, state));
  }

  private static boolean createsInitialValue(ExpressionTree value, VisitorState state) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      return method != null && ThreadLocalApis.isWithInitial(
          method.owner.getQualifiedName().toString(), method.getSimpleName().toString(), null);
    }
    if (stripped instanceof NewClassTree creation) {
      Type type = ASTHelpers.getType(creation);
      return type != null && overridesInitialValue(type.tsym);
    }
    return false;
  }

  /** {@link ThreadLocalModel#overridesInitialValue} for {@code type} and its superclasses. */
  private static boolean overridesInitialValue(Symbol.TypeSymbol type) {
    return ThreadLocalModel.overridesInitialValue(
        Stream.iterate(type, ClassSymbol.class::isInstance,
            at -> ((ClassSymbol) at).getSuperclass().tsym).map(ClassSymbol.class::cast),
        c -> c.getQualifiedName().toString(),
        c -> c.getEnclosedElements().stream().anyMatch(member -> member instanceof MethodSymbol m
            && ThreadLocalApis.overridesInitialValue(m.getSimpleName().toString(),
                m.getParameters().size(), null)));
  }
}
