package dev.leakproof.checks.model.concat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A loop that counts one integer variable from a constant to a constant in constant steps, as
 * an engine reads it from {@code for (int i = 0; i < 16; i += 2)}: the start value, the
 * comparison that keeps the loop going ({@code counter OPERATOR bound}), the bound and the step
 * added on each iteration (negative when it counts down). The counter must change nowhere but in
 * that step; the engine checks that before it builds one.
 */
public record CountedLoop(long start, Comparison keepsGoingWhile, long bound, long step) {
  /** The comparison of the counter with the bound under which the loop goes on. */
  public enum Comparison {
    LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, EQUAL, NOT_EQUAL;

    /** {@code bound OP counter}, written with the constant first, as {@code counter OP' bound}. */
    public Comparison mirrored() {
      return switch (this) {
        case LESS -> GREATER;
        case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
        case GREATER -> LESS;
        case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
        case EQUAL -> EQUAL;
        case NOT_EQUAL -> NOT_EQUAL;
      };
    }

    /**
     * The opposite comparison: a branch that leaves the loop when {@code this} holds keeps it
     * going under the result (bytecode tests the exit, source the condition to go on).
     */
    public Comparison negated() {
      return switch (this) {
        case LESS -> GREATER_OR_EQUAL;
        case LESS_OR_EQUAL -> GREATER;
        case GREATER -> LESS_OR_EQUAL;
        case GREATER_OR_EQUAL -> LESS;
        case EQUAL -> NOT_EQUAL;
        case NOT_EQUAL -> EQUAL;
      };
    }
  }

  /**
   * How many times the body runs, or empty when the loop does not end by counting (a step of
   * zero or away from the bound, a {@code !=} bound it steps over).
   */
  public OptionalLong iterations() {
    long distance = bound - start;
    return switch (keepsGoingWhile) {
      case LESS -> step > 0 ? OptionalLong.of(distance <= 0 ? 0 : ceilDiv(distance, step))
          : none(distance <= 0);
      case LESS_OR_EQUAL -> step > 0 ? OptionalLong.of(distance < 0 ? 0 : distance / step + 1)
          : none(distance < 0);
      case GREATER -> step < 0 ? OptionalLong.of(distance >= 0 ? 0 : ceilDiv(-distance, -step))
          : none(distance >= 0);
      case GREATER_OR_EQUAL -> step < 0
          ? OptionalLong.of(distance > 0 ? 0 : -distance / -step + 1) : none(distance > 0);
      case EQUAL -> distance != 0 ? OptionalLong.of(0)
          : step != 0 ? OptionalLong.of(1) : OptionalLong.empty();
      case NOT_EQUAL -> step != 0 && distance % step == 0 && distance / step >= 0
          ? OptionalLong.of(distance / step) : OptionalLong.empty();
    };
  }

  /**
   * How many times the innermost of {@code nested} loops runs its body in all (the product), or
   * empty when one of them is not a counted loop (empty) or does not count to an end.
   */
  public static OptionalLong inAll(List<Optional<CountedLoop>> nested) {
    long product = 1;
    for (Optional<CountedLoop> loop : nested) {
      OptionalLong iterations = loop.map(CountedLoop::iterations).orElse(OptionalLong.empty());
      if (iterations.isEmpty()) {
        return OptionalLong.empty();
      }
      product = saturatingMultiply(product, iterations.getAsLong());
    }
    return OptionalLong.of(product);
  }

  private static long saturatingMultiply(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    return high == 0 && low >= 0 ? low : Long.MAX_VALUE;
  }

  /** A loop that never starts runs zero times whatever its step; otherwise it does not count to an end. */
  private static OptionalLong none(boolean neverStarts) {
    return neverStarts ? OptionalLong.of(0) : OptionalLong.empty();
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
