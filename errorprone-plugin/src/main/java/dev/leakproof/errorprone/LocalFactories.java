package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.util.Context;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.ResourceFactories;
import dev.leakproof.checks.model.resource.ResourceFactories.Returned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * Methods of the compilation ({@link CompilationBodies}) that return a resource they open ({@link
 * ResourceFactories}): a call of one acquires like a known factory. A factory may return
 * another's result; nesting stops a few calls deep (a recursion stays unknown). The scanner's
 * {@code LocalFactories} reads the same returns on JavaParser's trees.
 */
final class LocalFactories {
  private static final int MAX_DEPTH = CalleeSummary.MAX_NESTED_CALLS;
  private static final ThreadLocal<Set<MethodSymbol>> IN_PROGRESS =
      ThreadLocal.withInitial(HashSet::new);

  private LocalFactories() {}

  /**
   * The answers for the file being checked ({@link CompilationBodies.FileMemo}): a file's helpers
   * are called many times. Only answers given outside a nested judgement are kept (inside one, the
   * depth limit may have cut the answer short).
   */
  private static final Context.Key<CompilationBodies.FileMemo<MethodSymbol, Boolean>> ANSWERS =
      new Context.Key<>();

  /** Whether {@code method}, declared in this compilation, is a factory. */
  static boolean isFactory(MethodSymbol method, VisitorState state) {
    if (method.isConstructor() || !returnsCloseable(method, state)) {
      return false; // what the caller gets cannot be closed, so it is no resource to own
    }
    if (!IN_PROGRESS.get().isEmpty()) {
      return judge(method, state);
    }
    Map<MethodSymbol, Boolean> answers = CompilationBodies.FileMemo.of(state, ANSWERS);
    Boolean known = answers.get(method);
    if (known == null) {
      known = judge(method, state);
      answers.put(method, known);
    }
    return known;
  }

  /** Whether what {@code method} returns can be closed: else it is no factory. */
  static boolean returnsCloseable(MethodSymbol method, VisitorState state) {
    Type result = method.getReturnType();
    Type closeable = state.getTypeFromString("java.lang.AutoCloseable");
    return result != null && closeable != null && !result.isPrimitiveOrVoid()
        && ASTHelpers.isSubtype(result, closeable, state);
  }

  private static boolean judge(MethodSymbol method, VisitorState state) {
    Set<MethodSymbol> inProgress = IN_PROGRESS.get();
    if (inProgress.size() >= MAX_DEPTH || !inProgress.add(method)) {
      return false;
    }
    try {
      TreePath path = CompilationBodies.declaration(method, state);
      // not in this compilation, abstract or native: no factory
      return path != null && ResourceFactories.isFactory(returns(path, state));
    } finally {
      inProgress.remove(method);
    }
  }

  /** What each {@code return} of the method at {@code path} hands back. */
  private static List<Returned> returns(TreePath path, VisitorState state) {
    Map<Symbol, List<ExpressionTree>> localValues = new HashMap<>();
    List<Returned> kinds = new ArrayList<>();
    for (ExpressionTree value : returnedValues(path, localValues)) {
      kinds.add(returned(value, localValues, state));
    }
    return kinds;
  }

  /**
   * The expression of each {@code return} of the method at {@code path} (null for a bare one),
   * not a lambda's or a nested class's; every value given to each of its locals goes into {@code
   * localValues}.
   */
  private static List<ExpressionTree> returnedValues(TreePath path,
      Map<Symbol, List<ExpressionTree>> localValues) {
    List<ExpressionTree> returned = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree exit, Void unused) {
        returned.add(exit.getExpression());
        return super.visitReturn(exit, null);
      }

      @Override
      public Void visitVariable(VariableTree local, Void unused) {
        Symbol symbol = ASTHelpers.getSymbol(local);
        if (symbol != null && symbol.getKind() == ElementKind.LOCAL_VARIABLE) {
          List<ExpressionTree> values =
              localValues.computeIfAbsent(symbol, s -> new ArrayList<>());
          if (local.getInitializer() != null) {
            values.add(local.getInitializer());
          }
        }
        return super.visitVariable(local, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree assign, Void unused) {
        Symbol target = ASTHelpers.getSymbol(assign.getVariable());
        if (target != null && target.getKind() == ElementKind.LOCAL_VARIABLE) {
          localValues.computeIfAbsent(target, s -> new ArrayList<>()).add(assign.getExpression());
        }
        return super.visitAssignment(assign, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null; // its returns are the lambda's
      }

      @Override
      public Void visitClass(ClassTree nested, Void unused) {
        return null; // its returns are its own methods'
      }
    }.scan(new TreePath(path, ((MethodTree) path.getLeaf()).getBody()), null);
    return returned;
  }

  private static Returned returned(ExpressionTree value,
      Map<Symbol, List<ExpressionTree>> localValues, VisitorState state) {
    ExpressionTree e = value == null ? null : Casts.stripped(value);
    if (e == null) {
      return Returned.OTHER;
    }
    if (e.getKind() == Tree.Kind.NULL_LITERAL) {
      return Returned.NULL;
    }
    if (e instanceof ConditionalExpressionTree choice) {
      // url == null ? null : url.openStream(): each arm read alone, the checks combine them
      return ResourceFactories.either(
          returned(choice.getTrueExpression(), localValues, state),
          returned(choice.getFalseExpression(), localValues, state));
    }
    if (ResourceAcquisitions.acquires(e, state)) {
      return Returned.FRESH_RESOURCE;
    }
    // A local of the method every value of which is a fresh resource (or null).
    List<ExpressionTree> values = localValues.get(ASTHelpers.getSymbol(e));
    if (values == null) {
      return Returned.OTHER; // a field, a parameter, a computed value
    }
    boolean fresh = false;
    for (ExpressionTree assigned : values) {
      ExpressionTree v = Casts.stripped(assigned);
      if (v.getKind() == Tree.Kind.NULL_LITERAL) {
        continue;
      }
      if (!ResourceAcquisitions.acquires(v, state)) {
        return Returned.OTHER;
      }
      fresh = true;
    }
    return fresh ? Returned.FRESH_RESOURCE : Returned.OTHER;
  }

  /**
   * Whether {@code call} calls a method of the compilation that hands out nothing its caller
   * owns ({@link ResourceFactories#returnsNothingOwned}): one no override can replace, every
   * return of which is a standard stream, a wrapper of one, or what a parameter given one holds
   * ({@code wrapSystemOut()} returning {@code wrap(System.out)}, {@code wrap(s)} returning {@code
   * new PrintStream(new KeepAlive(s))}), read with the call's own arguments.
   */
  static boolean returnsNothingOwned(MethodInvocationTree call, VisitorState state) {
    return resultOf(call, Map.of(), state, 0) == Returned.NOT_OWNED;
  }

  /**
   * What {@code call} returns, its arguments read with the caller's parameters bound by {@code
   * parameters}: {@link Returned#NOT_OWNED} when the callee's returns say so, else OTHER.
   */
  private static Returned resultOf(MethodInvocationTree call, Map<Symbol, Returned> parameters,
      VisitorState state, int depth) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || depth >= MAX_DEPTH || !BufferMentions.cannotBeOverridden(method)) {
      return Returned.OTHER; // unknown, or another body may run in its place
    }
    TreePath path = CompilationBodies.declaration(method, state);
    if (path == null || !(path.getLeaf() instanceof MethodTree declaration)
        || declaration.getBody() == null
        || declaration.getParameters().size() != call.getArguments().size()) {
      return Returned.OTHER; // not in the compilation's sources, abstract or native
    }
    Map<Symbol, Returned> bound = new HashMap<>();
    for (int i = 0; i < call.getArguments().size(); i++) {
      Symbol parameter = ASTHelpers.getSymbol(declaration.getParameters().get(i));
      if (parameter != null) {
        bound.put(parameter, ownership(call.getArguments().get(i), parameters, state, depth));
      }
    }
    List<Returned> returns = new ArrayList<>();
    for (ExpressionTree value : returnedValues(path, new HashMap<>())) {
      returns.add(value == null ? Returned.OTHER : ownership(value, bound, state, depth + 1));
    }
    return ResourceFactories.returnsNothingOwned(returns) ? Returned.NOT_OWNED : Returned.OTHER;
  }

  /**
   * Whether {@code value} is a stream nobody owns, {@code null}, or anything else: a standard
   * stream, a {@code new} whose first argument is one, a parameter bound to one, a call
   * returning one.
   */
  private static Returned ownership(ExpressionTree value, Map<Symbol, Returned> parameters,
      VisitorState state, int depth) {
    ExpressionTree e = Casts.stripped(value);
    if (e.getKind() == Tree.Kind.NULL_LITERAL) {
      return Returned.NULL;
    }
    if (e instanceof ConditionalExpressionTree choice) {
      return ResourceFactories.either(ownership(choice.getTrueExpression(), parameters, state,
          depth), ownership(choice.getFalseExpression(), parameters, state, depth));
    }
    if (e instanceof NewClassTree creation && creation.getClassBody() == null
        && !creation.getArguments().isEmpty()) {
      return ResourceFactories.wrapperOf(
          ownership(creation.getArguments().get(0), parameters, state, depth));
    }
    if (e instanceof MethodInvocationTree call) {
      return resultOf(call, parameters, state, depth + 1);
    }
    Symbol symbol = ASTHelpers.getSymbol(e);
    if (symbol == null) {
      return Returned.OTHER;
    }
    if (symbol.getKind() == ElementKind.FIELD && symbol.isStatic()
        && ResourceApis.isStandardStream(symbol.owner.getQualifiedName().toString(),
            symbol.getSimpleName().toString())) {
      return Returned.NOT_OWNED;
    }
    return parameters.getOrDefault(symbol, Returned.OTHER);
  }

}
