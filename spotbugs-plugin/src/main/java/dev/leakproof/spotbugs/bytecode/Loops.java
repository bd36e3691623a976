package dev.leakproof.spotbugs.bytecode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The natural loops of a method: one per header, the union over every back edge into it.
 *
 * <p>A back edge is a reachable branch {@code latch -> header} that jumps backwards in code order.
 * When the header dominates the latch (javac's loops: the test at the top, a {@code goto} back to
 * it) the loop body is every node that reaches the latch without passing through the header.
 * When it does not, the loop was entered below its header: ecj compiles {@code while} and
 * {@code for} with the test at the bottom, entered by a {@code goto} into the test, whose branch
 * back to the first statement of the body is the back edge; the test's first node then dominates
 * the loop, and the body is the natural loop of that node. Code that cannot run twice per entry
 * (a loop body ending in an unconditional {@code break} or {@code return}, so javac emits no back
 * edge, or ecj leaves a dead one) has no reachable back edge and therefore no loop.
 */
public final class Loops {
  /** One loop: its header, the nodes of its body (header included) and its latches. */
  public record Loop(int header, BitSet body, List<Integer> latches) {
    public boolean contains(int node) {
      return body.get(node);
    }
  }

  private Loops() {}

  public static List<Loop> of(InstructionGraph graph) {
    Map<Integer, Loop> byHeader = new LinkedHashMap<>();
    for (int latch = 0; latch < graph.size(); latch++) {
      if (!graph.isReachable(latch)) {
        continue;
      }
      for (int header : graph.normalSuccessors(latch)) {
        if (graph.pc(header) > graph.pc(latch)) {
          continue;
        }
        BitSet body = naturalBody(graph, header, latch);
        if (body == null) {
          continue;
        }
        Loop loop = byHeader.computeIfAbsent(header, h -> new Loop(h, new BitSet(), new ArrayList<>()));
        loop.body().or(body);
        loop.latches().add(latch);
      }
    }
    return List.copyOf(byHeader.values());
  }

  /**
   * The nodes that reach {@code latch} without passing {@code header}, plus the header. When that
   * walk reaches the method entry, the header does not dominate the latch: the loop was entered
   * below it, at its bottom test ({@link #enteredAtTheTest}). Null when neither reading finds a
   * loop.
   */
  private static BitSet naturalBody(InstructionGraph graph, int header, int latch) {
    BitSet body = new BitSet(graph.size());
    body.set(header);
    return reachesWithout(graph, latch, body) ? body
        : enteredAtTheTest(graph, header, latch);
  }

  /**
   * ecj's {@code while} and {@code for}: {@code goto test; body: …; test: …; if… body}. The test
   * starts where the straight line that ends at the latch begins (the {@code goto}'s target,
   * which the body's last statement also falls into); that node dominates the loop, and the body
   * is every node that reaches one of its predecessors inside the loop (those the header reaches
   * without passing it) without passing it. Null when it is not such a loop.
   */
  private static BitSet enteredAtTheTest(InstructionGraph graph, int header, int latch) {
    int test = latch;
    while (test != header && graph.predecessors(test).size() == 1) {
      test = graph.predecessors(test).get(0);
    }
    if (test == header) {
      return null;
    }
    BitSet blocked = new BitSet(graph.size());
    blocked.set(test);
    BitSet fromHeader = graph.forwardFrom(header, blocked);
    if (!fromHeader.get(test)) {
      return null;
    }
    BitSet body = new BitSet(graph.size());
    body.set(test);
    for (int at = latch; at != test; at = graph.predecessors(at).get(0)) {
      body.set(at);
    }
    for (int pred : graph.predecessors(test)) {
      if (graph.isReachable(pred) && pred != test && fromHeader.get(pred)
          && !reachesWithout(graph, pred, body)) {
        return null;
      }
    }
    return body.get(header) ? body : null;
  }

  /**
   * Adds to {@code body} {@code from} and every node that reaches it without passing a node
   * already in {@code body}; false when the walk reaches the method entry.
   */
  private static boolean reachesWithout(InstructionGraph graph, int from, BitSet body) {
    Deque<Integer> work = new ArrayDeque<>();
    if (!body.get(from)) {
      body.set(from);
      work.add(from);
    }
    while (!work.isEmpty()) {
      int node = work.poll();
      if (node == 0) {
        return false;
      }
      for (int pred : graph.predecessors(node)) {
        if (graph.isReachable(pred) && !body.get(pred)) {
          body.set(pred);
          work.add(pred);
        }
      }
    }
    return true;
  }
}
