package dev.leakproof.checks.model.threadlocal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.threadlocal.BufferLending.Callee;
import dev.leakproof.checks.model.threadlocal.BufferLending.Chain;
import dev.leakproof.checks.model.threadlocal.BufferLending.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BufferLendingTest {
  /** {@code buffer.setLength(0); … buffer.append(c); … return buffer.toString();} */
  private static final Callee DECODE = callee(true,
      List.of(new Chain(List.of("append"), true), new Chain(List.of("toString"), false)));

  private static Callee callee(boolean first, List<Chain> others) {
    return new Callee() {
      @Override
      public boolean firstStatementEmpties() {
        return first;
      }

      @Override
      public List<Chain> otherMentions() {
        return others;
      }
    };
  }

  private static boolean walk(List<String> gets, Map<String, Step<String>> steps) {
    return BufferLending.emptiedBeforeEveryFill(gets, steps::get);
  }

  @Test
  void theUndertowChainIsEmptiedBeforeEveryFill() {
    // get() returned by a private accessor, kept in a local, passed to a private method, lent.
    assertTrue(walk(List.of("get"), Map.of(
        "get", new Step.Moves<>(List.of("accessorCall")),
        "accessorCall", new Step.Moves<>(List.of("sb1", "sb2")),
        "sb1", new Step.Moves<>(List.of("param")),
        "sb2", new Step.Lent<>(DECODE),
        "param", new Step.Lent<>(DECODE))));
  }

  @Test
  void oneMentionThatFillsFirstIsEnough() {
    assertFalse(walk(List.of("get"), Map.of(
        "get", new Step.Moves<>(List.of("sb1", "sb2")),
        "sb1", new Step.Lent<>(DECODE),
        "sb2", new Step.Escapes<>())));
  }

  @Test
  void everyGetCountsAndThereMustBeOne() {
    assertTrue(walk(List.of("get1", "get2"), Map.of(
        "get1", new Step.EmptiedNext<>(), "get2", new Step.Lent<>(DECODE))));
    assertFalse(walk(List.of("get1", "get2"), Map.of(
        "get1", new Step.EmptiedNext<>(), "get2", new Step.Escapes<>())));
    assertFalse(walk(List.of(), Map.of()));
  }

  @Test
  void aCycleOfPrivateMethodsEnds() {
    assertTrue(walk(List.of("get"), Map.of(
        "get", new Step.Moves<>(List.of("p")),
        "p", new Step.Moves<>(List.of("p", "q")),
        "q", new Step.Lent<>(DECODE))));
  }

  @Test
  void theCalleeMustEmptyFirstAndKeepTheBuffer() {
    assertTrue(BufferLending.emptiesFirst(DECODE));
    assertFalse(BufferLending.emptiesFirst(callee(false, List.of())));
    // passed on, assigned or captured
    assertFalse(BufferLending.emptiesFirst(callee(true, null)));
    // return buffer.append(x): the buffer goes back to the caller, who may fill it unemptied
    assertFalse(BufferLending.emptiesFirst(callee(true,
        List.of(new Chain(List.of("append"), false)))));
    // buffer.append(a).append(b); and return buffer.append(x).toString()
    assertTrue(BufferLending.emptiesFirst(callee(true, List.of(
        new Chain(List.of("append", "append"), true),
        new Chain(List.of("append", "toString"), false)))));
  }

  @Test
  void aLongWalkGivesUp() {
    java.util.Map<String, Step<String>> steps = new java.util.HashMap<>();
    for (int i = 0; i < BufferLending.LIMIT + 5; i++) {
      steps.put("m" + i, new Step.Moves<>(List.of("m" + (i + 1))));
    }
    steps.put("m" + (BufferLending.LIMIT + 5), new Step.EmptiedNext<>());
    assertFalse(walk(List.of("m0"), steps));
  }
}
