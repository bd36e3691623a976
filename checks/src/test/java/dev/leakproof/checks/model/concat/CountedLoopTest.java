package dev.leakproof.checks.model.concat;

import static dev.leakproof.checks.model.concat.CountedLoop.Comparison.EQUAL;
import static dev.leakproof.checks.model.concat.CountedLoop.Comparison.GREATER;
import static dev.leakproof.checks.model.concat.CountedLoop.Comparison.GREATER_OR_EQUAL;
import static dev.leakproof.checks.model.concat.CountedLoop.Comparison.LESS;
import static dev.leakproof.checks.model.concat.CountedLoop.Comparison.LESS_OR_EQUAL;
import static dev.leakproof.checks.model.concat.CountedLoop.Comparison.NOT_EQUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CountedLoopTest {
  @Test
  void countingUpToABound() {
    // for (int i = 0; i < 16; i += 2): Undertow's nonce, eight hex pairs
    assertEquals(OptionalLong.of(8), new CountedLoop(0, LESS, 16, 2).iterations());
    assertEquals(OptionalLong.of(3), new CountedLoop(0, LESS, 3, 1).iterations());
    assertEquals(OptionalLong.of(4), new CountedLoop(0, LESS_OR_EQUAL, 3, 1).iterations());
    assertEquals(OptionalLong.of(3), new CountedLoop(1, LESS, 7, 2).iterations());
    assertEquals(OptionalLong.of(5), new CountedLoop(0, NOT_EQUAL, 10, 2).iterations());
  }

  @Test
  void countingDownToABound() {
    assertEquals(OptionalLong.of(10), new CountedLoop(10, GREATER, 0, -1).iterations());
    assertEquals(OptionalLong.of(11), new CountedLoop(10, GREATER_OR_EQUAL, 0, -1).iterations());
    assertEquals(OptionalLong.of(4), new CountedLoop(7, GREATER, 0, -2).iterations());
  }

  @Test
  void loopsThatNeverStartRunZeroTimes() {
    assertEquals(OptionalLong.of(0), new CountedLoop(5, LESS, 5, 1).iterations());
    assertEquals(OptionalLong.of(0), new CountedLoop(5, LESS, 0, -1).iterations());
    assertEquals(OptionalLong.of(0), new CountedLoop(0, GREATER, 5, 1).iterations());
    assertEquals(OptionalLong.of(0), new CountedLoop(0, EQUAL, 5, 1).iterations());
  }

  @Test
  void loopsThatDoNotCountToTheirEndHaveNoCount() {
    assertEquals(OptionalLong.empty(), new CountedLoop(0, LESS, 16, 0).iterations());
    assertEquals(OptionalLong.empty(), new CountedLoop(0, LESS, 16, -1).iterations());
    assertEquals(OptionalLong.empty(), new CountedLoop(10, GREATER, 0, 1).iterations());
    assertEquals(OptionalLong.empty(), new CountedLoop(0, NOT_EQUAL, 9, 2).iterations());
    assertEquals(OptionalLong.empty(), new CountedLoop(3, EQUAL, 3, 0).iterations());
  }

  @Test
  void nestedCountedLoopsMultiplyAndAnyOtherLoopHasNoCount() {
    Optional<CountedLoop> rows = Optional.of(new CountedLoop(0, LESS, 4, 1));
    Optional<CountedLoop> columns = Optional.of(new CountedLoop(0, LESS, 8, 1));
    assertEquals(OptionalLong.of(32), CountedLoop.inAll(List.of(rows, columns)));
    assertEquals(OptionalLong.empty(), CountedLoop.inAll(List.of(rows, Optional.empty())));
    assertEquals(OptionalLong.empty(),
        CountedLoop.inAll(List.of(rows, Optional.of(new CountedLoop(0, LESS, 8, 0)))));
    Optional<CountedLoop> huge = Optional.of(new CountedLoop(0, LESS, Long.MAX_VALUE / 2, 1));
    assertEquals(OptionalLong.of(Long.MAX_VALUE), CountedLoop.inAll(List.of(huge, huge, huge)));
  }

  @Test
  void aComparisonWrittenTheOtherWayRoundOrAsTheExitBranch() {
    assertEquals(GREATER, LESS.mirrored()); // 16 > i is i < 16
    assertEquals(GREATER_OR_EQUAL, LESS.negated()); // if_icmpge leaves a loop running while i < n
    assertEquals(LESS, GREATER_OR_EQUAL.negated());
    assertEquals(EQUAL, NOT_EQUAL.negated());
  }
}
