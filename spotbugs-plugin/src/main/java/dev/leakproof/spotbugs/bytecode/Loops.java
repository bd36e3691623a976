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
 * <p>A back edge is a reachable branch {@code latch -> header} that jumps backwards in code order
 * and whose header dominates the latch. The loop body is every node that reaches the latch without
 * passing through the header. Code that cannot run twice per entry (a loop body ending in an
 * unconditional {@code break} or {@code return}, so javac emits no back edge, or ecj leaves a dead
 * one) has no reachable back edge and therefore no loop.
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
   * The nodes that reach {@code latch} without passing {@code header}, plus the header; or
   * {@code null} when the walk reaches the method entry, which means the header does not dominate
   * the latch (not a natural loop: stay silent rather than guess).
   */
  private static BitSet naturalBody(InstructionGraph graph, int header, int latch) {
    BitSet body = new BitSet(graph.size());
    body.set(header);
    Deque<Integer> work = new ArrayDeque<>();
    if (!body.get(latch)) {
      body.set(latch);
      work.add(latch);
    }
    while (!work.isEmpty()) {
      int node = work.poll();
      if (node == 0) {
        return null;
      }
      for (int pred : graph.predecessors(node)) {
        if (graph.isReachable(pred) && !body.get(pred)) {
          body.set(pred);
          work.add(pred);
        }
      }
    }
    return body;
  }
}
