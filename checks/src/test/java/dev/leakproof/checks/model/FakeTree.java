package dev.leakproof.checks.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A toy source tree for the judgements over {@link SourceTree}, so they are tested without a
 * compiler: nodes are compared by identity (two nodes of the same text are two statements),
 * remember their parent, and say their shape by kind.
 */
public final class FakeTree implements SourceTree<FakeTree.Node> {
  public static final FakeTree TREE = new FakeTree();

  /** What a toy node is. */
  public enum Kind { BLOCK, IF, TRY, CATCH, LAMBDA, CLASS_BODY, CLOSE_V, TRY_V, CALL, STORE, THROW }

  /** One toy node; {@code text} only names it in a failure. */
  public static final class Node {
    final Kind kind;
    final String text;
    final List<Node> children;
    Node parent;

    Node(Kind kind, String text, Node... children) {
      this.kind = kind;
      this.text = text;
      this.children = Arrays.asList(children);
      for (Node child : children) {
        if (child != null) {
          child.parent = this;
        }
      }
    }

    /** This node and its ancestors, innermost first, up to {@code top} (included). */
    public List<Node> upTo(Node top) {
      List<Node> path = new ArrayList<>();
      for (Node n = this; n != null; n = n == top ? null : n.parent) {
        path.add(n);
      }
      return path;
    }

    /** This node and all its ancestors, innermost first. */
    public List<Node> ancestors() {
      return upTo(null);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  public static Node block(Node... statements) {
    return new Node(Kind.BLOCK, "{..}", statements);
  }

  /** {@code if (..) then else otherwise}; {@code otherwise} may be null. */
  public static Node branch(Node then, Node otherwise) {
    return new Node(Kind.IF, "if", then, otherwise);
  }

  /** {@code try block catch (..) handler finally}; {@code handler}, {@code finallyBlock} may be null. */
  public static Node tryStatement(Node block, Node handler, Node finallyBlock) {
    return new Node(Kind.TRY, "try", block,
        handler == null ? null : new Node(Kind.CATCH, "catch", handler), finallyBlock);
  }

  public static Node lambda(Node body) {
    return new Node(Kind.LAMBDA, "->", body);
  }

  /** An anonymous class's body holding one method body. */
  public static Node classBody(Node methodBody) {
    return new Node(Kind.CLASS_BODY, "new T() {..}", methodBody);
  }

  /** {@code v.close()} (or a closing helper given {@code v}). */
  public static Node closeV() {
    return new Node(Kind.CLOSE_V, "v.close()");
  }

  /** {@code try (v) body}. */
  public static Node tryV(Node body) {
    return new Node(Kind.TRY_V, "try (v)", body);
  }

  /** {@code this.f = value;}: an expression statement holding the assignment {@code value}. */
  public static Node store(Node assignment) {
    return new Node(Kind.STORE, "this.f = ..;", assignment);
  }

  public static Node throwStatement() {
    return new Node(Kind.THROW, "throw e;");
  }

  public static Node call(String text) {
    return new Node(Kind.CALL, text);
  }

  /** Whether a node itself closes {@code v}: the facts an engine extracts. */
  public static boolean closesV(Node node) {
    return node.kind == Kind.CLOSE_V || node.kind == Kind.TRY_V;
  }

  @Override
  public Shape<Node> shape(Node node) {
    return switch (node.kind) {
      case BLOCK -> new Block<>(node.children);
      case IF -> new If<>(node.children.get(0), node.children.get(1));
      case TRY -> new Try<>(node.children.get(0), node.children.get(1) == null ? List.of()
          : List.of(node.children.get(1).children.get(0)), node.children.get(2));
      case STORE -> new ExpressionStatement<>();
      case THROW -> new Throw<>();
      case CATCH -> new Catch<>();
      case LAMBDA, CLASS_BODY -> new Deferred<>();
      default -> new Other<>();
    };
  }

  @Override
  public List<Node> children(Node node) {
    return node.children.stream().filter(c -> c != null).toList();
  }
}
