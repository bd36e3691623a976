package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.leakproof.checks.model.resource.CalleeSummary.OpenExits;
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
  void aBodyThatClosesOnEveryNormalExitClosesItAndSoTakesIt() {
    assertEquals(CalleeSummary.CLOSES, CalleeSummary.ofBody(false, true, () -> OpenExits.NONE));
    assertTrue(CalleeSummary.CLOSES.takes());
  }

  @Test
  void aBodyWhoseCloseAnExpectedThrowSkipsClosesUnlessItThrows() {
    assertEquals(CalleeSummary.CLOSES_UNLESS_IT_THROWS,
        CalleeSummary.ofBody(false, true, () -> new OpenExits(false, true)));
    // open on a normal exit too: the helper's sentence, which names it
    assertEquals(CalleeSummary.CLOSES_ON_SOME_EXITS,
        CalleeSummary.ofBody(false, true, () -> new OpenExits(true, true)));
  }

  @Test
  void aBodyThatReturnsWithItOpenOnSomeNormalExitClosesOnSomeExitsOnly() {
    assertEquals(CalleeSummary.CLOSES_ON_SOME_EXITS,
        CalleeSummary.ofBody(false, true, () -> new OpenExits(true, false)));
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

  @Test
  void aDerivedValueStoredReturnedOrGivenToAConstructorKeepsTheParameter() {
    String root = "org.apache.poi.poifs.filesystem.DirectoryNode";
    for (CalleeSummary.DerivedValueUse use : new CalleeSummary.DerivedValueUse[] {
        CalleeSummary.DerivedValueUse.STORED, CalleeSummary.DerivedValueUse.RETURNED,
        CalleeSummary.DerivedValueUse.GIVEN_TO_CONSTRUCTOR}) {
      assertTrue(CalleeSummary.keptThrough(use, root), use.name());
      assertTrue(CalleeSummary.keptThrough(use, null), use + " of an unknown type");
    }
  }

  @Test
  void aDerivedValueOnlyReadOrGivenToAMethodBorrowsIt() {
    String root = "org.apache.poi.poifs.filesystem.DirectoryNode";
    assertFalse(CalleeSummary.keptThrough(CalleeSummary.DerivedValueUse.READ, root));
    assertFalse(CalleeSummary.keptThrough(CalleeSummary.DerivedValueUse.GIVEN_TO_METHOD, root));
  }

  @Test
  void aPlainDerivedValueKeepsNothing() {
    for (String plain : new String[] {"java.lang.String", "java.lang.Integer", "int", "byte[]",
        "java.lang.String[]"}) {
      assertFalse(CalleeSummary.keptThrough(CalleeSummary.DerivedValueUse.STORED, plain), plain);
    }
    assertTrue(CalleeSummary.keptThrough(CalleeSummary.DerivedValueUse.STORED,
        "java.lang.Object"));
  }
}
