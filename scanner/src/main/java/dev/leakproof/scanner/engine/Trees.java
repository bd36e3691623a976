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
 * whole file's nodes are listed once, kept on its tree, and each later walk of the file is a
 * pass over that list; a walk of part of a tree uses a plain array stack. The rules never change
 * a tree after it is parsed, so the list stays true for the tree's life; only {@link Bodies}
 * reads a neighbour's bodies into its tree, and drops the list then ({@link #changed}).
 */
public final class Trees {
  /** A file's nodes in pre-order, kept on its tree (and dropped with it). */
  private static final DataKey<Node[]> NODES = new DataKey<>() {};

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
    if (root instanceof CompilationUnit unit) {
      for (Node node : nodesOf(unit)) {
        if (type.isInstance(node) && test.test(type.cast(node))) {
          return Optional.of(type.cast(node));
        }
      }
      return Optional.empty();
    }
    List<Node> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      Node node = stack.remove(stack.size() - 1);
      if (type.isInstance(node) && test.test(type.cast(node))) {
        return Optional.of(type.cast(node));
      }
      pushChildren(node, stack);
    }
    return Optional.empty();
  }

  /** Gives {@code action} every node of {@code type} under {@code root}, in pre-order. */
  public static <T extends Node> void walk(Node root, Class<T> type, Consumer<? super T> action) {
    if (root instanceof CompilationUnit unit) {
      for (Node node : nodesOf(unit)) {
        if (type.isInstance(node)) {
          action.accept(type.cast(node));
        }
      }
      return;
    }
    List<Node> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      Node node = stack.remove(stack.size() - 1);
      if (type.isInstance(node)) {
        action.accept(type.cast(node));
      }
      pushChildren(node, stack);
    }
  }

  /**
   * Removes every datum from every node of {@code unit}, the node list included: what the rules
   * and the symbol solver attached (cached answers, the solver itself). The parser attaches
   * none with the scanner's configuration, so the tree is left as it was parsed.
   */
  public static void clearData(CompilationUnit unit) {
    for (Node node : nodesOf(unit)) {
      if (!node.getDataKeys().isEmpty()) {
        for (DataKey<?> key : List.copyOf(node.getDataKeys())) {
          node.removeData(key);
        }
      }
    }
  }

  /** Forgets the node list kept on {@code unit}, whose tree has just been changed. */
  static void changed(CompilationUnit unit) {
    unit.removeData(NODES);
  }

  private static Node[] nodesOf(CompilationUnit unit) {
    if (unit.containsData(NODES)) {
      return unit.getData(NODES);
    }
    List<Node> nodes = new ArrayList<>();
    List<Node> stack = new ArrayList<>();
    stack.add(unit);
    while (!stack.isEmpty()) {
      Node node = stack.remove(stack.size() - 1);
      nodes.add(node);
      pushChildren(node, stack);
    }
    Node[] array = nodes.toArray(new Node[0]);
    unit.setData(NODES, array);
    return array;
  }

  /** Pushes the children last first, so that the first child is popped next (pre-order). */
  private static void pushChildren(Node node, List<Node> stack) {
    List<Node> children = node.getChildNodes();
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.add(children.get(i));
    }
  }
}
