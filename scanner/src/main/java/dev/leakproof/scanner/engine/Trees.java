package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@link Node#findAll}, {@link Node#findFirst} and {@link Node#walk}, with the same nodes in the
 * same order (pre-order, the root first), at a fraction of the cost. JavaParser walks a tree
 * with an iterator over a {@link java.util.Stack} (synchronized on every push and pop) and an
 * unmodifiable copy of every node's children; the rules walk each parsed file a dozen times, and
 * those walks were about a fifth of a scan's CPU time (JFR, scanner/bench/README.md). Here a
 * whole file's nodes are listed once, kept on its tree ({@link NodeListing}), and a later walk of
 * the file for one type visits only that type's nodes; a walk of part of a listed file is a span
 * of the listing, of part of another tree a walk down the children lists with an array for a
 * stack. The rules never change a tree after it is parsed, so the listing stays true for the
 * tree's life; only {@link Bodies} reads a neighbour's bodies into its tree, and drops the
 * listing then ({@link #changed}).
 */
public final class Trees {
  /** A file's nodes listed, kept on its tree (and dropped with it). */
  private static final DataKey<NodeListing> LISTING = new DataKey<>() {};

  private Trees() {}

  /**
   * Whether {@code child} is one of {@code arguments}, by identity: JavaParser's {@code equals}
   * (and so {@code contains}) compares nodes by their text, and two equal arguments may differ.
   */
  public static boolean isArgument(List<? extends Node> arguments, Node child) {
    for (Node argument : arguments) {
      if (argument == child) {
        return true;
      }
    }
    return false;
  }

  /** {@code expression} without the parentheses and casts around it. */
  public static Expression stripped(Expression expression) {
    Expression e = expression;
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
    }
    return e;
  }

  /**
   * The outermost parentheses or cast around {@code node} ({@code node} itself when none): the
   * expression whose parent says where {@code node}'s value goes.
   */
  public static Node wrapped(Node node) {
    Node value = node;
    while (value.getParentNode().orElse(null) instanceof Expression parent
        && (parent instanceof EnclosedExpr || parent instanceof CastExpr)) {
      value = parent;
    }
    return value;
  }

  /** The top-level type declaration around {@code node}, {@code node} itself included. */
  public static Optional<Node> topLevelType(Node node) {
    Node top = null;
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type && type.getParentNode()
          .filter(p -> p instanceof CompilationUnit).isPresent()) {
        top = type;
      }
    }
    return Optional.ofNullable(top);
  }

  /**
   * Whether {@code node} sits in a lambda or a class body (nested, local or anonymous) inside
   * {@code body}: code that runs apart from {@code body}'s own. Of an anonymous class's creation
   * only the class body is ({@code new Task(in) { .. }}: its arguments and its scope run in {@code
   * body}, before the class's code).
   */
  public static boolean inNestedCode(Node node, Node body) {
    for (Node child = node, n = node.getParentNode().orElse(null); n != null && n != body;
        child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr || n instanceof TypeDeclaration<?>
          || n instanceof ObjectCreationExpr && child instanceof BodyDeclaration<?>) {
        return true;
      }
    }
    return false;
  }

  /** Every node of {@code type} under {@code root}, root included, as {@link Node#findAll}. */
  public static <T extends Node> List<T> findAll(Node root, Class<T> type) {
    return findAll(root, type, node -> true);
  }

  /** The nodes of {@code type} under {@code root} that pass {@code test}, in pre-order. */
  public static <T extends Node> List<T> findAll(Node root, Class<T> type,
      Predicate<? super T> test) {
    List<T> found = new ArrayList<>();
    walk(root, type, node -> {
      if (test.test(node)) {
        found.add(node);
      }
    });
    return found;
  }

  /** The first node of {@code type} under {@code root} that passes {@code test}, in pre-order. */
  public static <T extends Node> Optional<T> findFirst(Node root, Class<T> type,
      Predicate<? super T> test) {
    return Optional.ofNullable(visit(root, type, test));
  }

  /** Gives {@code action} every node of {@code type} under {@code root}, in pre-order. */
  public static <T extends Node> void walk(Node root, Class<T> type, Consumer<? super T> action) {
    visit(root, type, node -> {
      action.accept(node);
      return false;
    });
  }

  /**
   * Gives {@code stop} the nodes of {@code type} under {@code root} in pre-order until it says
   * stop; the node it stopped at, if any. From the listing of {@code root}'s file when there is
   * one (always for a whole file): only the nodes of {@code type} in {@code root}'s span. Else a
   * walk down the children lists.
   */
  private static <T extends Node> T visit(Node root, Class<T> type,
      Predicate<? super T> stop) {
    NodeListing listing = listingAround(root);
    int from = listing == null ? -1 : listing.positionOf(root);
    if (from < 0) {
      return walkChildren(root, type, stop);
    }
    int to = listing.end(from);
    if (type == Node.class) {
      for (int i = from; i < to; i++) {
        T node = type.cast(listing.node(i));
        if (stop.test(node)) {
          return node;
        }
      }
      return null;
    }
    int[] positions = listing.positionsOf(type);
    for (int j = NodeListing.firstAtOrAfter(positions, from);
        j < positions.length && positions[j] < to; j++) {
      T node = type.cast(listing.node(positions[j]));
      if (stop.test(node)) {
        return node;
      }
    }
    return null;
  }

  /** {@link #visit} down the children lists, with an array for a stack. */
  private static <T extends Node> T walkChildren(Node root, Class<T> type,
      Predicate<? super T> stop) {
    Node[] stack = new Node[32];
    stack[0] = root;
    int top = 1;
    while (top > 0) {
      Node node = stack[--top];
      if (type.isInstance(node) && stop.test(type.cast(node))) {
        return type.cast(node);
      }
      // The children last first, so that the first child is popped next (pre-order).
      List<Node> children = node.getChildNodes();
      int count = children.size();
      if (top + count > stack.length) {
        stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + count));
      }
      for (int i = count - 1; i >= 0; i--) {
        stack[top++] = children.get(i);
      }
    }
    return null;
  }

  /**
   * Removes every datum from every node of {@code unit}, the listing included: what the rules
   * and the symbol solver attached (cached answers, the solver itself). The parser attaches
   * none with the scanner's configuration, so the tree is left as it was parsed.
   */
  public static void clearData(CompilationUnit unit) {
    NodeListing listing = listingOf(unit);
    for (int i = 0; i < listing.size(); i++) {
      Node node = listing.node(i);
      if (!node.getDataKeys().isEmpty()) {
        for (DataKey<?> key : List.copyOf(node.getDataKeys())) {
          node.removeData(key);
        }
      }
    }
  }

  /** Forgets the listing kept on {@code unit}, whose tree has just been changed. */
  static void changed(CompilationUnit unit) {
    unit.removeData(LISTING);
  }

  /**
   * The listing of {@code root}'s file: made for a whole file; for part of one only when its
   * file has one already (listing a whole file to walk a part of it would cost more).
   */
  private static NodeListing listingAround(Node root) {
    if (root instanceof CompilationUnit unit) {
      return listingOf(unit);
    }
    Node top = root;
    for (Node parent = root.getParentNode().orElse(null); parent != null;
        parent = parent.getParentNode().orElse(null)) {
      top = parent;
    }
    if (top instanceof CompilationUnit unit && unit.containsData(LISTING)) {
      NodeListing listing = unit.getData(LISTING);
      return listing.lists(unit) ? listing : null;
    }
    return null;
  }

  private static NodeListing listingOf(CompilationUnit unit) {
    if (unit.containsData(LISTING)) {
      NodeListing listing = unit.getData(LISTING);
      if (listing.lists(unit)) {
        return listing;
      }
    }
    NodeListing listing = NodeListing.of(unit);
    unit.setData(LISTING, listing);
    return listing;
  }
}
