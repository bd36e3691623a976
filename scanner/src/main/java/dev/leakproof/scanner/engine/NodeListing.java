package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file's nodes in pre-order (the unit first), listed once, with where each node's subtree ends
 * and, for each node class, the positions of its nodes: a walk of the file for one type visits
 * only that type's nodes (the rules' walks of whole files matched about one node in 25: stop 35
 * in scanner/bench/README.md), and a walk of part of the file is a span of the list. The rules
 * never change a tree after it is parsed, so the listing stays true for the tree's life. Not
 * thread-safe: a tree is used by one worker at a time.
 */
final class NodeListing {
  /** A small number for each node class met, to group a file's nodes by their class. */
  private static final AtomicInteger KINDS = new AtomicInteger();
  private static final ClassValue<Integer> KIND = new ClassValue<>() {
    @Override
    protected Integer computeValue(Class<?> type) {
      return KINDS.getAndIncrement();
    }
  };

  /** The tree listed: a clone carries its original's data, and so a listing of another tree. */
  private final CompilationUnit unit;
  private final Node[] nodes;
  /** The position after the subtree of the node at each position. */
  private final int[] ends;
  /** The positions of the nodes, grouped by kind, ascending within each group. */
  private final int[] byKind;
  /** Kind {@code k}'s group is {@code byKind[groupStart[k] .. groupStart[k + 1])}. */
  private final int[] groupStart;
  /** For each type asked for, the positions of its nodes, ascending. */
  private final Map<Class<?>, int[]> ofType = new HashMap<>();

  private NodeListing(CompilationUnit unit, Node[] nodes, int[] ends, int[] byKind,
      int[] groupStart) {
    this.unit = unit;
    this.nodes = nodes;
    this.ends = ends;
    this.byKind = byKind;
    this.groupStart = groupStart;
  }

  /**
   * Lists {@code unit}: one pass over the tree, with arrays for the stack and the list (the
   * tuned JVM runs C1 only, which calls rather than inlines a collection's methods).
   */
  static NodeListing of(CompilationUnit unit) {
    Node[] nodes = new Node[256];
    int[] kinds = new int[256];
    int[] parents = new int[256];
    Node[] stack = new Node[64];
    int[] stackParents = new int[64];
    int[] counts = new int[KINDS.get() + 8];
    int size = 0;
    int top = 0;
    stack[top] = unit;
    stackParents[top++] = -1;
    while (top > 0) {
      top--;
      Node node = stack[top];
      if (size == nodes.length) {
        nodes = Arrays.copyOf(nodes, size * 2);
        kinds = Arrays.copyOf(kinds, size * 2);
        parents = Arrays.copyOf(parents, size * 2);
      }
      int kind = KIND.get(node.getClass());
      if (kind >= counts.length) {
        counts = Arrays.copyOf(counts, kind + 8);
      }
      counts[kind]++;
      nodes[size] = node;
      kinds[size] = kind;
      parents[size] = stackParents[top];
      // The children last first, so that the first child is taken next (pre-order).
      List<Node> children = node.getChildNodes();
      int childCount = children.size();
      if (top + childCount > stack.length) {
        stack = Arrays.copyOf(stack, Math.max(stack.length * 2, top + childCount));
        stackParents = Arrays.copyOf(stackParents, stack.length);
      }
      for (int i = childCount - 1; i >= 0; i--) {
        stack[top] = children.get(i);
        stackParents[top++] = size;
      }
      size++;
    }
    // A subtree ends where the last of its children's subtrees ends (children come after their
    // parent, so each node's end is final before its parent's is read).
    int[] ends = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      ends[i] = Math.max(ends[i], i + 1);
      if (parents[i] >= 0 && ends[parents[i]] < ends[i]) {
        ends[parents[i]] = ends[i];
      }
    }
    int[] groupStart = new int[counts.length + 1];
    for (int k = 0; k < counts.length; k++) {
      groupStart[k + 1] = groupStart[k] + counts[k];
    }
    int[] next = Arrays.copyOf(groupStart, counts.length);
    int[] byKind = new int[size];
    for (int i = 0; i < size; i++) {
      byKind[next[kinds[i]]++] = i;
    }
    return new NodeListing(unit, Arrays.copyOf(nodes, size), ends, byKind, groupStart);
  }

  /** Whether this is the listing of {@code tree} (and not of the tree it was cloned from). */
  boolean lists(CompilationUnit tree) {
    return unit == tree;
  }

  int size() {
    return nodes.length;
  }

  Node node(int position) {
    return nodes[position];
  }

  /** The position after the last node of the subtree at {@code position}. */
  int end(int position) {
    return ends[position];
  }

  /** The position of {@code node} (by identity), or -1 when it is not in this file. */
  int positionOf(Node node) {
    if (node == unit) {
      return 0;
    }
    int kind = KIND.get(node.getClass());
    if (kind + 1 < groupStart.length) {
      for (int j = groupStart[kind]; j < groupStart[kind + 1]; j++) {
        if (nodes[byKind[j]] == node) {
          return byKind[j];
        }
      }
    }
    return -1;
  }

  /** The positions of the nodes that are instances of {@code type}, ascending. */
  int[] positionsOf(Class<?> type) {
    int[] found = ofType.get(type);
    if (found != null) {
      return found;
    }
    int count = 0;
    int groups = 0;
    for (int k = 0; k + 1 < groupStart.length; k++) {
      // every node of a kind has the same class: asking one of them answers for all
      if (groupStart[k] < groupStart[k + 1] && type.isInstance(nodes[byKind[groupStart[k]]])) {
        count += groupStart[k + 1] - groupStart[k];
        groups++;
      }
    }
    found = new int[count];
    int filled = 0;
    for (int k = 0; k + 1 < groupStart.length; k++) {
      if (groupStart[k] < groupStart[k + 1] && type.isInstance(nodes[byKind[groupStart[k]]])) {
        int length = groupStart[k + 1] - groupStart[k];
        System.arraycopy(byKind, groupStart[k], found, filled, length);
        filled += length;
      }
    }
    if (groups > 1) {
      Arrays.sort(found); // back to pre-order
    }
    ofType.put(type, found);
    return found;
  }

  /** The first index of {@code ascending} whose value is at least {@code position}. */
  static int firstAtOrAfter(int[] ascending, int position) {
    int low = 0;
    int high = ascending.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ascending[middle] < position) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
