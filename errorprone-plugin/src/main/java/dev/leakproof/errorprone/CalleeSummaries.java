package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.knowledge.NonOwningHolders;
import dev.leakproof.checks.model.resource.PathWalk;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import java.util.List;

/**
 * What a method or constructor of this compilation does with a resource passed to it, read from
 * its body (issue #10's ownership summary; any file of the compilation, {@link
 * CompilationBodies}): it
 * borrows the argument when the parameter is only used there, and takes it when the body closes,
 * stores, returns, captures or passes it on to code that may keep it; a body that closes it on
 * some normal exits only, and returns with it open on others, leaves it the caller's ({@link
 * CalleeSummary#CLOSES_ON_SOME_EXITS}). A callee whose body is not in this compilation is unknown, and
 * unknown code keeps it. Summaries nest a few calls deep, then stop.
 * A library holder that keeps its argument without owning it ({@link NonOwningHolders}: {@code
 * new Git(repository)}) borrows it, whatever its body says.
 * The scanner's {@code CalleeSummaries} does the same on JavaParser's trees.
 */
final class CalleeSummaries {
  private static final int MAX_DEPTH = CalleeSummary.MAX_NESTED_CALLS;
  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private CalleeSummaries() {}

  /** Whether {@code call} (a method call or {@code new}) only borrows its argument {@code argument}. */
  static boolean borrows(Tree call, Tree argument, VisitorState state) {
    return of(call, argument, state) == CalleeSummary.BORROWS;
  }

  /**
   * What {@code call} (a method call or {@code new}) does with its argument {@code argument}, its
   * result taken as kept (a callee returning a view of the argument takes it).
   */
  static CalleeSummary of(Tree call, Tree argument, VisitorState state) {
    return of(call, false, argument, state);
  }

  /**
   * What the call at {@code call} does with its argument {@code argument}; a callee returning a
   * view of the argument borrows it where the call's result is used at once ({@link
   * CalleeSummary#ofBody}).
   */
  static CalleeSummary of(TreePath call, Tree argument, VisitorState state) {
    return of(call.getLeaf(), resultUsedAtOnce(call), argument, state);
  }

  private static CalleeSummary of(Tree call, boolean resultUsedAtOnce, Tree argument,
      VisitorState state) {
    int depth = DEPTH.get();
    if (depth >= MAX_DEPTH) {
      return CalleeSummary.UNKNOWN;
    }
    DEPTH.set(depth + 1);
    try {
      return calleeBorrows(call, resultUsedAtOnce, argument, state);
    } finally {
      DEPTH.set(depth);
    }
  }

  /** {@code f(x).g()} or the statement {@code f(x);}: the value is the receiver of a call, or dropped. */
  private static boolean resultUsedAtOnce(TreePath call) {
    TreePath value = ResourceAcquisitions.unwrapped(call);
    TreePath up = value.getParentPath();
    return up.getLeaf() instanceof ExpressionStatementTree
        || up.getLeaf() instanceof MemberSelectTree select && select.getExpression() == value.getLeaf()
            && up.getParentPath().getLeaf() instanceof MethodInvocationTree outer
            && outer.getMethodSelect() == select;
  }

  private static CalleeSummary calleeBorrows(Tree call, boolean resultUsedAtOnce, Tree argument,
      VisitorState state) {
    Argument at = Argument.of(call, argument);
    if (at == null) {
      return CalleeSummary.UNKNOWN;
    }
    MethodSymbol callee = at.callee();
    if (NonOwningHolders.keepsWithoutOwning(callee.owner.getQualifiedName().toString(),
        callee.isConstructor() ? NonOwningHolders.CONSTRUCTOR : callee.getSimpleName().toString(),
        at.count(), at.index())) {
      return CalleeSummary.BORROWS; // new Git(repository): kept, but Git.close() leaves it open
    }
    ParameterBody parameterBody = ParameterBody.of(at, state);
    if (parameterBody == null) {
      return CalleeSummary.UNKNOWN; // not in this compilation, abstract or native: unknown
    }
    TreePath body = parameterBody.body();
    Symbol parameter = parameterBody.parameter();
    // Reader r = new InputStreamReader(in, UTF_8); parse(r): r holds the parameter from there on
    LaterHolders holder = LaterHolders.ofParameter(body, parameter, state).orElse(null);
    Uses<Tree> uses = holder == null ? ResourceEscapes.ofParameter(body, parameter, state)
        : ResourceEscapes.ofHeldParameter(body, parameter, holder, state);
    return CalleeSummary.ofBody(uses, resultUsedAtOnce,
        () -> CalleeSummary.openExits(PathWalk.analyseHeld(new JavacResourceSyntax(parameter,
            null, uses, state, holder, () -> false), body.getLeaf()),
            site -> UnclosedResource.declaresCheckedException(site, state)));
  }

  /**
   * Whether the mention at {@code mention} is an argument of a method or constructor of this
   * compilation whose body keeps nothing of it: closes it or only uses it, and never stores,
   * returns, captures or passes it on ({@code close(itr)} in a {@code finally}, given a value tied
   * to a resource: {@link dev.leakproof.checks.model.resource.TiedResults#letResourceGo}). No:
   * any other mention, or a callee whose body is not in view.
   */
  static boolean keepsNothingOf(TreePath mention, VisitorState state) {
    Argument at = mention == null ? null
        : Argument.of(mention.getParentPath().getLeaf(), mention.getLeaf());
    ParameterBody parameterBody = at == null ? null : ParameterBody.of(at, state);
    return parameterBody != null && !ResourceEscapes.ofParameter(parameterBody.body(),
        parameterBody.parameter(), state).leavesSomewhere();
  }

  /** An argument of a call: the method or constructor called, its index, the number given. */
  private record Argument(MethodSymbol callee, int index, int count) {
    /** {@code argument} of {@code call} (a method call or plain {@code new}); null if not one. */
    static Argument of(Tree call, Tree argument) {
      List<? extends ExpressionTree> arguments;
      MethodSymbol callee;
      if (call instanceof MethodInvocationTree invocation) {
        arguments = invocation.getArguments();
        callee = ASTHelpers.getSymbol(invocation);
      } else if (call instanceof NewClassTree creation && creation.getClassBody() == null) {
        arguments = creation.getArguments();
        callee = ASTHelpers.getSymbol(creation);
      } else {
        return null;
      }
      int index = arguments.indexOf(argument);
      if (callee == null || index < 0
          || callee.isVarArgs() && index >= callee.getParameters().size() - 1) {
        return null;
      }
      return new Argument(callee, index, arguments.size());
    }
  }

  /** The callee's body in this compilation and its parameter the argument is given to. */
  private record ParameterBody(TreePath body, Symbol parameter) {
    /** Null when the body is not in this compilation, or the method is abstract or native. */
    static ParameterBody of(Argument argument, VisitorState state) {
      TreePath at = CompilationBodies.declaration(argument.callee(), state);
      MethodTree declaration = at == null ? null : (MethodTree) at.getLeaf();
      if (declaration == null || argument.index() >= declaration.getParameters().size()) {
        return null;
      }
      return new ParameterBody(new TreePath(at, declaration.getBody()),
          ASTHelpers.getSymbol(declaration.getParameters().get(argument.index())));
    }
  }
}
