package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.SourceSyntax;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.HolderAssignment;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.HolderInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A holder built over the resource's local in a later statement, which takes the resource's
 * place ({@link UnclosedResourceModel#holderTakesThePlace}): {@code in = open(f); reader = new
 * BufferedReader(new InputStreamReader(in));}. A holder may have its own holder ({@code bos = new
 * BufferedOutputStream(fos); out = new PrintStream(bos);}): {@link #outer}.
 *
 * @param holder the holder's local
 * @param mention the resource's mention the holder is built on (no hand-over then)
 * @param valuePath the path of the outermost {@code new} of the holder, or of the view call ({@code
 *     in.getChannel()}), stored into {@code holder}
 * @param onceAssigned the local holds other values too (declared {@code null} before, assigned
 *     elsewhere): it holds the resource only on the paths through this store ({@link
 *     SourceSyntax.HolderStore}), and is the last holder followed
 * @param nullElsewhere of a {@code onceAssigned} holder: every other value it is given is {@code
 *     null} (declared without a value or {@code = null})
 * @param outer the holder built over this one in turn, or null
 */
record LaterHolders(Symbol holder, Tree mention, TreePath valuePath, boolean onceAssigned,
    boolean nullElsewhere, LaterHolders outer) {

  /** Holders of holders are followed this deep. */
  private static final int MAX_CHAIN = 4;

  /**
   * The holder of the resource in the local {@code variable}, within the body at {@code unit};
   * {@code acquisition} is the path of the resource's value.
   */
  static Optional<LaterHolders> of(TreePath unit, Symbol variable, TreePath acquisition,
      VisitorState state) {
    return chain(unit, variable, acquisition, state, MAX_CHAIN);
  }

  /**
   * The holder built over the parameter {@code parameter} in its method's {@code body} ({@code
   * Reader r = new InputStreamReader(in, UTF_8); parse(r);}), for the method's summary: the
   * parameter is there when the body starts, so a holder built in a loop is not followed; which
   * chains are followed: {@link UnclosedResourceModel#parameterHolderFollowed}.
   */
  static Optional<LaterHolders> ofParameter(TreePath body, Symbol parameter,
      VisitorState state) {
    return chain(body, parameter, body, state, MAX_CHAIN).filter(holder ->
        UnclosedResourceModel.parameterHolderFollowed(holder.links(),
            link -> link.value() instanceof NewClassTree));
  }

  private static Optional<LaterHolders> chain(TreePath unit, Symbol variable,
      TreePath acquisition, VisitorState state, int depth) {
    Optional<LaterHolders> link = link(unit, variable, acquisition, state);
    if (link.isEmpty() || link.get().onceAssigned || depth <= 1) {
      return link;
    }
    LaterHolders inner = link.get();
    return Optional.of(new LaterHolders(inner.holder, inner.mention, inner.valuePath, false, false,
        chain(unit, inner.holder, inner.valuePath, state, depth - 1).orElse(null)));
  }

  /** The holder built over {@code variable}'s mentions, without its own holders. */
  private static Optional<LaterHolders> link(TreePath unit, Symbol variable, TreePath acquisition,
      VisitorState state) {
    List<TreePath> mentions = TreeSearch.mentionsOf(variable, unit);
    List<LaterHolders> found = new ArrayList<>();
    boolean knownWrappers = true;
    for (TreePath mention : mentions) {
      TreePath child = mention;
      TreePath parent = Enclosing.parentThroughParentheses(child);
      // FileChannel channel = in.getChannel(): a view whose closing closes its receiver is the
      // resource, as a known wrapper is (Dubbo 2.7.0 LogTelnetHandler.telnet)
      TreePath top = closingView(mention, state);
      boolean wrappers = true;
      // given the resource at any place, then each the first argument of the next; a wrapper
      // owns its first argument only (new Transfer(session, socket) is no known wrapper)
      while ((top == null || top.getLeaf() instanceof NewClassTree) && parent != null
          && parent.getLeaf() instanceof NewClassTree creation
          && creation.getClassBody() == null && !creation.getArguments().isEmpty()
          && (top == null ? isArgument(creation, child.getLeaf())
              : ASTHelpers.stripParentheses(creation.getArguments().get(0)) == child.getLeaf())) {
        wrappers &= isKnownWrapper(creation, state)
            && ASTHelpers.stripParentheses(creation.getArguments().get(0)) == child.getLeaf();
        top = parent;
        child = parent;
        parent = Enclosing.parentThroughParentheses(child);
      }
      if (top == null) {
        continue;
      }
      TreePath value = ResourceAcquisitions.unwrapped(top);
      Symbol holder = SelfClosedValues.localAssigned(value.getLeaf(), value.getParentPath());
      if (holder != null) {
        found.add(new LaterHolders(holder, mention.getLeaf(), top, false, false, null));
        knownWrappers = wrappers;
      }
    }
    if (found.size() != 1) {
      return Optional.empty(); // none, or two holders: not followed
    }
    LaterHolders holder = found.get(0);
    HolderAssignment assigned = holder.holder == variable ? HolderAssignment.NOT_FOLLOWED
        : assigned(unit, holder);
    boolean decided = assigned != HolderAssignment.NOT_FOLLOWED
        && UnclosedResourceModel.holderTakesThePlace(knownWrappers,
            ClosedLater.after(holder.valuePath, holder.holder, unit.getLeaf()), true,
            innermostLoop(acquisition) == innermostLoop(holder.valuePath));
    return decided
        ? Optional.of(new LaterHolders(holder.holder, holder.mention, holder.valuePath,
            assigned != HolderAssignment.ALWAYS,
            assigned == HolderAssignment.ONCE_ASSIGNED_NULL_ELSEWHERE, null))
        : Optional.empty();
  }

  /**
   * The call on {@code mention} that returns a view whose closing closes it ({@code
   * in.getChannel()}, {@link ResourceAcquisitions#closesReceiver}), or null.
   */
  private static TreePath closingView(TreePath mention, VisitorState state) {
    TreePath select = mention.getParentPath();
    TreePath call = select == null ? null : select.getParentPath();
    return call != null && select.getLeaf() instanceof MemberSelectTree member
        && member.getExpression() == mention.getLeaf()
        && call.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() == member
        && ResourceAcquisitions.closesReceiver(invocation, state) ? call : null;
  }

  /** The outermost {@code new} of the holder (or its view call), stored into {@link #holder}. */
  Tree value() {
    return valuePath.getLeaf();
  }

  /** This holder and the holders built over it, innermost first. */
  List<LaterHolders> links() {
    List<LaterHolders> links = new ArrayList<>();
    for (LaterHolders link = this; link != null; link = link.outer) {
      links.add(link);
    }
    return links;
  }

  /**
   * Whether the local {@code symbol} is a holder that stands for the resource wherever it is
   * mentioned: given a value only by its {@code new} (definite assignment).
   */
  boolean standsForTheResource(Symbol symbol) {
    return links().stream().anyMatch(link -> !link.onceAssigned && link.holder == symbol);
  }

  /** The local that holds the resource only once assigned ({@link #onceAssigned}), or null. */
  Symbol onceAssignedHolder() {
    return links().stream().filter(LaterHolders::onceAssigned).map(LaterHolders::holder)
        .findFirst().orElse(null);
  }

  /** Whether the {@link #onceAssignedHolder} is given nothing but {@code null} besides. */
  boolean onceAssignedHolderNullElsewhere() {
    return links().stream().anyMatch(link -> link.onceAssigned && link.nullElsewhere);
  }

  /**
   * Whether the {@code new} at {@code site} is the holder of a resource acquired in a local of the
   * same body and followed in its place: that resource's finding covers it.
   */
  static boolean holdsFollowedResource(TreePath site, VisitorState state) {
    List<Symbol.VarSymbol> candidates = new ArrayList<>();
    Tree layer = site.getLeaf();
    while (layer instanceof NewClassTree creation && !creation.getArguments().isEmpty()) {
      for (ExpressionTree argument : creation.getArguments()) {
        if (ASTHelpers.stripParentheses(argument) instanceof IdentifierTree name
            && ASTHelpers.getSymbol(name) instanceof Symbol.VarSymbol local
            && local.getKind() == javax.lang.model.element.ElementKind.LOCAL_VARIABLE) {
          candidates.add(local);
        }
      }
      layer = ASTHelpers.stripParentheses(creation.getArguments().get(0));
    }
    for (Symbol.VarSymbol variable : candidates) {
      if (holdsFollowed(site, variable, state)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsFollowed(TreePath site, Symbol.VarSymbol variable,
      VisitorState state) {
    Optional<TreePath> unit = UnclosedResource.enclosingBody(site);
    if (unit.isEmpty()) {
      return false;
    }
    List<TreePath> acquisitions = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) == variable && tree.getInitializer() != null) {
          acquisitions.add(new TreePath(getCurrentPath(), tree.getInitializer()));
        }
        return super.visitVariable(tree, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree.getVariable()) == variable) {
          acquisitions.add(new TreePath(getCurrentPath(), tree.getExpression()));
        }
        return super.visitAssignment(tree, unused);
      }
    }.scan(unit.get(), null);
    for (TreePath acquisition : acquisitions) {
      TreePath value = acquisition;
      while (value.getLeaf() instanceof ParenthesizedTree parenthesized) {
        value = new TreePath(value, parenthesized.getExpression());
      }
      if (ResourceAcquisitions.acquires((ExpressionTree) value.getLeaf(), state)
          || SelfClosedValues.isSite(value, state)) {
        Optional<LaterHolders> holder = of(unit.get(), variable, acquisition, state);
        if (holder.isPresent() && holder.get().links().stream()
            .anyMatch(link -> link.value() == site.getLeaf())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isArgument(NewClassTree creation, Tree child) {
    return creation.getArguments().stream()
        .anyMatch(argument -> ASTHelpers.stripParentheses(argument) == child);
  }

  static boolean isKnownWrapper(NewClassTree creation, VisitorState state) {
    Type type = ASTHelpers.getType(creation);
    return type != null && ResourceApis.isWrapperType(
        state.getTypes().erasure(type).tsym.getQualifiedName().toString());
  }

  /**
   * How the holder's local is given the holder's {@code new}: by it only, so every mention of the
   * holder runs after it (definite assignment); or by one assignment among other values (Ant's
   * Rpm: {@code OutputStream out = null;} then {@code out = new PrintStream(bos)} in one branch),
   * so the walk follows which paths pass that store: a holder declared {@code = null} may be
   * closed in a {@code finally} before it holds anything (Ant's BZip2.pack).
   */
  private static HolderAssignment assigned(TreePath unit, LaterHolders holder) {
    List<ExpressionTree> initializers = new ArrayList<>();
    List<ExpressionTree> assigned = new ArrayList<>();
    int[] declarations = {0};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) == holder.holder) {
          declarations[0]++;
          if (tree.getInitializer() != null) {
            initializers.add(ASTHelpers.stripParentheses(tree.getInitializer()));
          }
        }
        return super.visitVariable(tree, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree.getVariable()) == holder.holder) {
          assigned.add(Casts.stripped(tree.getExpression()));
        }
        return super.visitAssignment(tree, unused);
      }
    }.scan(unit, null);
    ExpressionTree initializer = initializers.isEmpty() ? null : initializers.get(0);
    HolderInitializer declaredWith = initializer == null ? HolderInitializer.NOTHING
        : Casts.stripped(initializer) == holder.value() ? HolderInitializer.THE_HOLDER
        : isNull(initializer) ? HolderInitializer.NULL : HolderInitializer.OTHER;
    long storesOfIt = assigned.stream().filter(value -> value == holder.value()).count();
    // declared outside the body (a lambda's capture): not followed
    return UnclosedResourceModel.holderAssignment(declarations[0] == 1, declaredWith,
        (int) storesOfIt, assigned.size() - (int) storesOfIt,
        assigned.stream().allMatch(value -> value == holder.value() || isNull(value)));
  }

  private static boolean isNull(ExpressionTree value) {
    return Casts.stripped(value).getKind() == Tree.Kind.NULL_LITERAL;
  }

  private static Tree innermostLoop(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof ForLoopTree || leaf instanceof EnhancedForLoopTree
          || leaf instanceof WhileLoopTree || leaf instanceof DoWhileLoopTree) {
        return leaf;
      }
    }
    return null;
  }

  /** Whether {@code creation} is a holder's innermost {@code new}, given what it holds itself. */
  boolean isBuiltDirectlyBy(NewClassTree creation) {
    return !creation.getArguments().isEmpty() && links().stream().anyMatch(link ->
        ASTHelpers.stripParentheses(creation.getArguments().get(0)) == link.mention);
  }

  /** Whether {@code assigned} (parentheses and casts stripped) is some holder's {@code new}. */
  boolean isValue(ExpressionTree assigned) {
    return links().stream().anyMatch(link -> Casts.stripped(assigned) == link.value());
  }
}
