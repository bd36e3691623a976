package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.leakproof.checks.model.resource.CheckedExceptions;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wrappers whose constructor may fail with the wrapped resource still the caller's ({@link
 * UnclosedResourceModel#wrapperMayFail}): {@code new ObjectInputStream(new FileInputStream(f))}.
 */
final class WrapperFailures {
  private WrapperFailures() {}

  /** Whether {@code creation}, given a resource as its first argument, may fail and leave it open. */
  static boolean mayFail(NewClassTree creation, Types types) {
    if (creation.getArguments().isEmpty() || creation.getClassBody() != null
        || !(ASTHelpers.getSymbol(creation) instanceof Symbol.MethodSymbol constructor)) {
      return false;
    }
    List<String> checked = new ArrayList<>();
    for (Type thrown : constructor.getThrownTypes()) {
      List<String> supertypes = new ArrayList<>();
      for (Type t = types.supertype(thrown); t != null && t.tsym != null
          && t.getKind() == javax.lang.model.type.TypeKind.DECLARED; t = types.supertype(t)) {
        supertypes.add(t.tsym.getQualifiedName().toString());
      }
      String name = thrown.tsym.getQualifiedName().toString();
      if (CheckedExceptions.isChecked(name, supertypes)) {
        checked.add(name);
      }
    }
    return UnclosedResourceModel.wrapperMayFail(
        constructor.owner.getQualifiedName().toString(), constructor.getParameters().size(),
        checked, lastArgumentConstant(creation.getArguments()));
  }

  /**
   * The first wrapper above the acquisition at {@code path}, built around it in the same
   * expression, whose constructor may fail: only for the innermost acquisition of such a chain,
   * so a chain is one finding.
   */
  static Optional<NewClassTree> failingWrapperAround(TreePath path, VisitorState state) {
    if (path.getLeaf() instanceof NewClassTree own && !own.getArguments().isEmpty()) {
      ExpressionTree inner = ASTHelpers.stripParentheses(own.getArguments().get(0));
      if (ResourceAcquisitions.acquires(inner, state)) {
        return Optional.empty(); // not the innermost: the inner acquisition speaks for the chain
      }
    }
    TreePath child = path;
    while (true) {
      TreePath parentPath = child.getParentPath();
      Tree inner = child.getLeaf();
      while (parentPath != null && parentPath.getLeaf().getKind() == Tree.Kind.PARENTHESIZED) {
        inner = parentPath.getLeaf();
        parentPath = parentPath.getParentPath();
      }
      if (parentPath == null || !(parentPath.getLeaf() instanceof NewClassTree wrapper)
          || wrapper.getArguments().isEmpty() || wrapper.getArguments().get(0) != inner) {
        return Optional.empty();
      }
      if (mayFail(wrapper, state.getTypes())) {
        return Optional.of(wrapper);
      }
      if (!ResourceAcquisitions.isWrappedByParent(child, state)) {
        return Optional.empty(); // the parent does not own it: not a wrapper chain
      }
      child = parentPath;
    }
  }

  /** The path of the outermost wrapper of the chain {@code path} is wrapped in. */
  static TreePath outermostWrapper(TreePath path, VisitorState state) {
    TreePath current = path;
    while (ResourceAcquisitions.isWrappedByParent(current, state)) {
      TreePath parent = current.getParentPath();
      while (parent.getLeaf().getKind() == Tree.Kind.PARENTHESIZED) {
        parent = parent.getParentPath();
      }
      current = parent;
    }
    return current;
  }

  /**
   * Whether a call's last argument is a string literal or a name spelled as a constant ({@code
   * UTF_8}, {@code Charsets.UTF_8}): where the JDK takes a charset name ({@link
   * UnclosedResourceModel#neverRaised}).
   */
  static boolean lastArgumentConstant(List<? extends ExpressionTree> arguments) {
    if (arguments.isEmpty()) {
      return false;
    }
    ExpressionTree e = ASTHelpers.stripParentheses(arguments.get(arguments.size() - 1));
    if (e.getKind() == Tree.Kind.STRING_LITERAL) {
      return true;
    }
    Symbol symbol = ASTHelpers.getSymbol(e);
    if (!(symbol instanceof Symbol.VarSymbol)) {
      return false;
    }
    return UnclosedResourceModel.namedLikeConstant(symbol.getSimpleName().toString());
  }
}
