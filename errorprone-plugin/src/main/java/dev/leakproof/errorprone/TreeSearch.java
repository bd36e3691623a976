package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A search through a tree, nested classes and lambdas included: it answers true when any visit
 * does. {@link OwnCodeSearch} is the one that stays in the code of one method. The static methods
 * are the searches several classes ask.
 */
abstract class TreeSearch extends TreeScanner<Boolean, Void> {
  /** Whether the search finds something in {@code tree}. */
  final boolean foundIn(Tree tree) {
    return Boolean.TRUE.equals(scan(tree, null));
  }

  /** Whether the search finds something in any of {@code trees}. */
  final boolean foundIn(Iterable<? extends Tree> trees) {
    return Boolean.TRUE.equals(scan(trees, null));
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }

  /** Whether {@code tree} or any tree inside it (null: none) is one {@code wanted} accepts. */
  static boolean any(Tree tree, Predicate<Tree> wanted) {
    return new TreeSearch() {
      private boolean found; // once found, the rest of the tree is not walked

      @Override
      public Boolean scan(Tree node, Void unused) {
        if (!found && node != null) {
          found = wanted.test(node) || Boolean.TRUE.equals(super.scan(node, null));
        }
        return found;
      }
    }.foundIn(tree);
  }

  /** Whether a method call in {@code tree} is one {@code wanted} accepts. */
  static boolean anyCall(Tree tree, Predicate<MethodInvocationTree> wanted) {
    return any(tree, node -> node instanceof MethodInvocationTree call && wanted.test(call));
  }

  /** The path of every identifier under {@code scope} that names {@code symbol}, in source order. */
  static List<TreePath> mentionsOf(Symbol symbol, TreePath scope) {
    List<TreePath> mentions = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        if (ASTHelpers.getSymbol(identifier) == symbol) {
          mentions.add(getCurrentPath());
        }
        return null;
      }
    }.scan(scope, null);
    return mentions;
  }
}
