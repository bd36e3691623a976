package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class CalleeSummaryTest {

  @Test
  void aBodyThatOnlyUsesTheParameterBorrowsItWithoutWalking() {
    assertEquals(CalleeSummary.BORROWS,
        CalleeSummary.ofBody(false, false, () -> fail("no walk needed")));
  }

  @Test
  void aBodyThatGivesTheParameterAwayTakesItWithoutWalking() {
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofBody(true, true, () -> fail("no walk")));
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofBody(true, false, () -> fail("no walk")));
  }

  @Test
  void aBodyThatClosesOnEveryNormalExitTakesIt() {
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofBody(false, true, () -> false));
  }

  @Test
  void aBodyThatReturnsWithItOpenOnSomeNormalExitClosesOnSomeExitsOnly() {
    assertEquals(CalleeSummary.CLOSES_ON_SOME_EXITS,
        CalleeSummary.ofBody(false, true, () -> true));
  }

  @Test
  void aBodyTheWalkDoesNotModelKeepsTheOlderAnswer() {
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofBody(false, true, () -> {
      throw new PathWalk.Unsupported("a labelled block");
    }));
  }

  @Test
  void aBodyThatReturnsAViewOfTheParameterBorrowsItWhereTheCallsResultIsUsedAtOnce() {
    assertEquals(CalleeSummary.BORROWS,
        CalleeSummary.ofBody(true, true, true, false, () -> fail("no walk")));
    assertEquals(CalleeSummary.TAKES,
        CalleeSummary.ofBody(true, true, false, false, () -> fail("no walk")));
  }

  @Test
  void aViewReturnedBesideAnotherWayOutOrAClosePassesForNoBorrow() {
    // leaves otherwise too: only takes
    assertEquals(CalleeSummary.TAKES,
        CalleeSummary.ofBody(true, false, true, false, () -> fail("no walk")));
    // closes it too: the view is of a closed resource, the callee takes it
    assertEquals(CalleeSummary.TAKES,
        CalleeSummary.ofBody(true, true, true, true, () -> fail("no walk")));
  }
}
