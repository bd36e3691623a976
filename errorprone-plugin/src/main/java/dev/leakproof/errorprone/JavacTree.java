package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.leakproof.checks.model.Branches;
import dev.leakproof.checks.model.SourceTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** javac's trees as {@link SourceTree} sees them; ancestors come from a {@link TreePath}. */
final class JavacTree implements SourceTree<Tree> {
  static final JavacTree INSTANCE = new JavacTree();

  private JavacTree() {}

  @Override
  public Shape<Tree> shape(Tree tree) {
    return switch (tree.getKind()) {
      case BLOCK -> new Block<>(Collections.unmodifiableList(((BlockTree) tree).getStatements()));
      case IF -> new If<>(((IfTree) tree).getThenStatement(), ((IfTree) tree).getElseStatement());
      case TRY -> new Try<>(((TryTree) tree).getBlock(),
          ((TryTree) tree).getCatches().stream().map(c -> (Tree) c.getBlock()).toList(),
          ((TryTree) tree).getFinallyBlock());
      case CATCH -> new Catch<>();
      case EXPRESSION_STATEMENT -> new ExpressionStatement<>();
      case THROW -> new Throw<>();
      case LAMBDA_EXPRESSION, CLASS, ENUM, INTERFACE, RECORD, ANNOTATION_TYPE -> new Deferred<>();
      default -> new Other<>();
    };
  }

  @Override
  public List<Tree> children(Tree tree) {
    List<Tree> children = new ArrayList<>();
    tree.accept(new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree child, Void unused) {
        if (child != null) {
          children.add(child);
        }
        return null;
      }
    }, null);
    return children;
  }

  /** The leaf of {@code path} and its ancestors, innermost first, up to {@code top} (included). */
  static List<Tree> upTo(TreePath path, Tree top) {
    List<Tree> trees = new ArrayList<>();
    for (TreePath at = path; at != null; at = at.getLeaf() == top ? null : at.getParentPath()) {
      trees.add(at.getLeaf());
    }
    return trees;
  }

  /** {@link Branches#mayFollow} with javac's start positions. */
  static boolean mayFollow(TreePath first, TreePath later) {
    return Branches.mayFollow(INSTANCE, upTo(first, null), upTo(later, null),
        ASTHelpers.getStartPosition(later.getLeaf())
            > ASTHelpers.getStartPosition(first.getLeaf()));
  }
}
