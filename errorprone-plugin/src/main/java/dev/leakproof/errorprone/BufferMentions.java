package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.model.MethodBodies;
import dev.leakproof.checks.model.threadlocal.BufferLending;
import dev.leakproof.checks.model.threadlocal.BufferLending.Callee;
import dev.leakproof.checks.model.threadlocal.BufferLending.Chain;
import dev.leakproof.checks.model.threadlocal.BufferLending.Step;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;

/**
 * What each mention of a per-thread buffer's value does with it, for {@link BufferLending}: Error
 * Prone's reading of a {@code get()}'s value through locals, private methods of the class and the
 * methods it is lent to, whose bodies {@link CompilationBodies} finds in any file of the
 * compilation.
 */
final class BufferMentions {
  /** A mention, compared by the tree it names (two paths to one tree are one mention). */
  record Mention(TreePath path) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Mention m && m.path.getLeaf() == path.getLeaf();
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(path.getLeaf());
    }
  }

  private final ClassTree topLevel;
  private final TreePath topLevelPath;
  private final VisitorState state;

  BufferMentions(ClassTree topLevel, VisitorState state) {
    this.topLevel = topLevel;
    this.topLevelPath = TreePath.getPath(state.getPath().getCompilationUnit(), topLevel);
    this.state = state;
  }

  /** Whether every {@code get()} in {@code gets} is emptied before it is filled. */
  boolean emptiedBeforeEveryFill(List<TreePath> gets) {
    return BufferLending.emptiedBeforeEveryFill(gets.stream().map(Mention::new).toList(),
        this::step);
  }

  private Step<Mention> step(Mention mention) {
    TreePath child = mention.path();
    TreePath parent = child.getParentPath();
    while (parent != null && (parent.getLeaf() instanceof ParenthesizedTree
        || parent.getLeaf() instanceof TypeCastTree)) {
      child = parent;
      parent = parent.getParentPath();
    }
    if (parent == null) {
      return new Step.Escapes<>();
    }
    Tree value = child.getLeaf();
    if (parent.getLeaf() instanceof VariableTree variable && variable.getInitializer() == value) {
      Symbol local = ASTHelpers.getSymbol(variable);
      if (local == null || local.getKind() != ElementKind.LOCAL_VARIABLE) {
        return new Step.Escapes<>();
      }
      return emptiedRightAfter(parent, local) ? new Step.EmptiedNext<>() : moves(parent, local);
    }
    if (parent.getLeaf() instanceof AssignmentTree assignment
        && assignment.getExpression() == value
        && parent.getParentPath().getLeaf() instanceof ExpressionStatementTree) {
      Symbol local = ASTHelpers.getSymbol(assignment.getVariable());
      if (local == null || local.getKind() != ElementKind.LOCAL_VARIABLE
          && local.getKind() != ElementKind.PARAMETER) {
        return new Step.Escapes<>(); // a field: any method may fill it
      }
      return emptiedRightAfter(parent.getParentPath(), local) ? new Step.EmptiedNext<>()
          : moves(parent, local);
    }
    if (parent.getLeaf() instanceof ReturnTree) {
      return returned(parent);
    }
    if (parent.getLeaf() instanceof MethodInvocationTree call) {
      int index = call.getArguments().indexOf(value);
      if (index >= 0) {
        return passed(call, index);
      }
    }
    return new Step.Escapes<>();
  }

  private Step<Mention> moves(TreePath at, Symbol local) {
    TreePath scope = scopeOf(at);
    return scope == null ? new Step.Escapes<>() : new Step.Moves<>(mentionsOf(scope, local));
  }

  /** Out of a private method of the class: every call of it (only the class calls it). */
  private Step<Mention> returned(TreePath returnStatement) {
    TreePath scope = scopeOf(returnStatement);
    if (scope == null || !(scope.getLeaf() instanceof MethodTree method)) {
      return new Step.Escapes<>();
    }
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    if (symbol == null || !ownPrivate(symbol)) {
      return new Step.Escapes<>();
    }
    List<Mention> calls = new ArrayList<>();
    boolean[] referenced = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (ASTHelpers.getSymbol(call) == symbol) {
          calls.add(new Mention(getCurrentPath()));
        }
        return super.visitMethodInvocation(call, unused);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree reference, Void unused) {
        referenced[0] |= ASTHelpers.getSymbol(reference) == symbol;
        return super.visitMemberReference(reference, unused);
      }
    }.scan(topLevelPath, null);
    return referenced[0] ? new Step.Escapes<>() : new Step.Moves<>(calls);
  }

  private Step<Mention> passed(MethodInvocationTree call, int index) {
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    if (callee == null || index >= callee.getParameters().size()
        || callee.isVarArgs() && index >= callee.getParameters().size() - 1) {
      return new Step.Escapes<>();
    }
    TreePath declaration = CompilationBodies.declaration(callee, state);
    if (declaration == null || !(declaration.getLeaf() instanceof MethodTree method)
        || method.getBody() == null) {
      return new Step.Escapes<>();
    }
    Symbol parameter = ASTHelpers.getSymbol(method.getParameters().get(index));
    if (ownPrivate(callee)) {
      return new Step.Moves<>(mentionsOf(new TreePath(declaration, method.getBody()), parameter));
    }
    if (!cannotBeOverridden(callee)) {
      return new Step.Escapes<>();
    }
    return new Step.Lent<>(lentTo(new TreePath(declaration, method.getBody()), parameter));
  }

  private static Callee lentTo(TreePath body, Symbol parameter) {
    List<? extends StatementTree> statements = ((BlockTree) body.getLeaf()).getStatements();
    StatementTree first = statements.isEmpty() ? null : statements.get(0);
    return new Callee() {
      @Override
      public boolean firstStatementEmpties() {
        return first != null && empties(first, parameter);
      }

      @Override
      public List<Chain> otherMentions() {
        List<Chain> chains = new ArrayList<>();
        for (Mention mention : mentionsOf(body, parameter)) {
          TreePath at = mention.path();
          if (within(at, first)) {
            continue;
          }
          if (capturedInside(at, body.getLeaf())) {
            return null;
          }
          List<String> calls = new ArrayList<>();
          TreePath chain = at;
          while (chain.getParentPath().getLeaf() instanceof MemberSelectTree select
              && select.getExpression() == chain.getLeaf()
              && chain.getParentPath().getParentPath().getLeaf()
                  instanceof MethodInvocationTree call
              && call.getMethodSelect() == select) {
            calls.add(select.getIdentifier().toString());
            chain = chain.getParentPath().getParentPath();
          }
          if (calls.isEmpty()) {
            return null; // assigned, passed on, returned or stored
          }
          chains.add(new Chain(calls,
              chain.getParentPath().getLeaf() instanceof ExpressionStatementTree));
        }
        return chains;
      }
    };
  }

  /** Whether {@code statement} is {@code local.setLength(0);} or another emptying call. */
  private static boolean empties(StatementTree statement, Symbol local) {
    if (!(statement instanceof ExpressionStatementTree next)
        || !(next.getExpression() instanceof MethodInvocationTree empty)
        || !(empty.getMethodSelect() instanceof MemberSelectTree select)
        || ASTHelpers.getSymbol(select.getExpression()) != local) {
      return false;
    }
    Integer argument = empty.getArguments().size() == 1
        ? ASTHelpers.constValue(empty.getArguments().get(0), Integer.class) : null;
    return ThreadLocalApis.emptiesBuffer(select.getIdentifier().toString(),
        empty.getArguments().size(), argument != null && argument == 0);
  }

  /** Whether the statement at {@code statement} is followed by one that empties {@code local}. */
  private static boolean emptiedRightAfter(TreePath statement, Symbol local) {
    if (!(statement.getParentPath().getLeaf() instanceof BlockTree block)) {
      return false;
    }
    List<? extends StatementTree> statements = block.getStatements();
    int at = statements.indexOf(statement.getLeaf());
    return at >= 0 && at + 1 < statements.size() && empties(statements.get(at + 1), local);
  }

  private boolean ownPrivate(MethodSymbol method) {
    ClassSymbol top = method.outermostClass();
    return (method.flags() & Flags.PRIVATE) != 0 && top != null
        && top == ASTHelpers.getSymbol(topLevel);
  }

  /** {@link MethodBodies#cannotBeOverridden} for {@code method}. */
  static boolean cannotBeOverridden(MethodSymbol method) {
    return MethodBodies.cannotBeOverridden(method.isStatic(),
        (method.flags() & Flags.PRIVATE) != 0, (method.flags() & Flags.FINAL) != 0,
        method.isConstructor(), () -> (method.owner.flags() & Flags.FINAL) != 0);
  }

  /** Every mention of {@code symbol} under {@code scope} that reads it (not an assignment's). */
  private static List<Mention> mentionsOf(TreePath scope, Symbol symbol) {
    return TreeSearch.mentionsOf(symbol, scope).stream()
        .filter(mention -> !(mention.getParentPath().getLeaf() instanceof AssignmentTree assignment
            && assignment.getVariable() == mention.getLeaf()))
        .map(Mention::new)
        .toList();
  }

  /** The nearest method or lambda around {@code path}, within its class's body. */
  private static TreePath scopeOf(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree || p.getLeaf() instanceof LambdaExpressionTree) {
        return p;
      }
      if (p.getLeaf() instanceof ClassTree) {
        return null;
      }
    }
    return null;
  }

  private static boolean capturedInside(TreePath path, Tree body) {
    for (TreePath p = path.getParentPath(); p != null && p.getLeaf() != body;
        p = p.getParentPath()) {
      if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(TreePath path, Tree ancestor) {
    if (ancestor == null) {
      return false;
    }
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() == ancestor) {
        return true;
      }
    }
    return false;
  }
}
