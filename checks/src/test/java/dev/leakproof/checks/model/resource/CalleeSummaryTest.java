package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.PathFact.CLOSED_ON_NORMAL_PATH;
import static dev.leakproof.checks.model.resource.PathFact.CLOSED_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.HANDED_OVER_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_EXCEPTION;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_NORMAL_PATH;
import static dev.leakproof.checks.model.resource.PathFact.LEAVES_ONLY_AS_RETURNED_VIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class CalleeSummaryTest {
  /** A body that closes the parameter and gives it nowhere: its open exits decide. */
  private static final PathFacts CLOSED = PathFacts.of(CLOSED_SOMEWHERE);
  /** A body whose parameter leaves only as a view it returns. */
  private static final PathFacts RETURNED_VIEW =
      PathFacts.of(HANDED_OVER_SOMEWHERE, LEAVES_ONLY_AS_RETURNED_VIEW);

  @Test
  void aWalkedBodyClosedOnlyOffTheNormalPathIsUnknown() {
    assertEquals(CalleeSummary.UNKNOWN, CalleeSummary.ofWalkedBody(
        PathFacts.of(CLOSED_SOMEWHERE, LEAKS_ON_NORMAL_PATH), false, true));
  }

  @Test
  void aWalkedBodyOpenOnlyWhereAWrapperOfItFailsTakesIt() {
    PathFacts wrapperFails = PathFacts.of(CLOSED_SOMEWHERE, CLOSED_ON_NORMAL_PATH,
        LEAKS_ON_EXCEPTION);
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofWalkedBody(wrapperFails, true, false));
    // another call's exception leaves it open: the caller still owns it then, so no summary
    assertEquals(CalleeSummary.UNKNOWN, CalleeSummary.ofWalkedBody(wrapperFails, false, true));
  }

  @Test
  void aWalkedBodyThatBorrowsIsTrustedOnlyWhenNoOverrideReplacesIt() {
    assertEquals(CalleeSummary.BORROWS,
        CalleeSummary.ofWalkedBody(PathFacts.of(LEAKS_ON_NORMAL_PATH), false, true));
    assertEquals(CalleeSummary.UNKNOWN,
        CalleeSummary.ofWalkedBody(PathFacts.of(LEAKS_ON_NORMAL_PATH), false, false));
    PathFacts closeUnless = PathFacts.of(CLOSED_SOMEWHERE, CLOSED_ON_NORMAL_PATH,
        LEAKS_ON_NORMAL_PATH);
    assertEquals(CalleeSummary.CLOSES_ON_SOME_EXITS,
        CalleeSummary.ofWalkedBody(closeUnless, false, true));
    assertEquals(CalleeSummary.UNKNOWN, CalleeSummary.ofWalkedBody(closeUnless, false, false));
  }

  @Test
  void aWalkedBodyThatGivesItAwayOrClosesItOnEveryPathTakesItWhateverOverridesIt() {
    assertEquals(CalleeSummary.TAKES,
        CalleeSummary.ofWalkedBody(PathFacts.of(PathFact.VIEW_HANDED_ON), false, false));
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofWalkedBody(
        PathFacts.of(HANDED_OVER_SOMEWHERE, CLOSED_SOMEWHERE, LEAKS_ON_NORMAL_PATH), false, false));
    assertEquals(CalleeSummary.CLOSES, CalleeSummary.ofWalkedBody(
        PathFacts.of(CLOSED_SOMEWHERE, CLOSED_ON_NORMAL_PATH), false, false));
    // open only when an exception leaves the body: the walk judges that at the call
    assertEquals(CalleeSummary.UNKNOWN, CalleeSummary.ofWalkedBody(
        PathFacts.of(CLOSED_SOMEWHERE, CLOSED_ON_NORMAL_PATH, LEAKS_ON_EXCEPTION), false, true));
  }

  @Test
  void aBodyThatOnlyUsesTheParameterBorrowsItWithoutWalking() {
    assertEquals(CalleeSummary.BORROWS,
        CalleeSummary.ofBody(PathFacts.NONE, false, () -> fail("no walk needed")));
  }

  @Test
  void aBodyThatGivesTheParameterAwayTakesItWithoutWalking() {
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofBody(
        PathFacts.of(HANDED_OVER_SOMEWHERE, CLOSED_SOMEWHERE), false, () -> fail("no walk")));
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofBody(
        PathFacts.of(HANDED_OVER_SOMEWHERE), false, () -> fail("no walk")));
  }

  @Test
  void aBodyThatClosesOnEveryNormalExitClosesItAndSoTakesIt() {
    assertEquals(CalleeSummary.CLOSES, CalleeSummary.ofBody(CLOSED, false, () -> PathFacts.NONE));
    assertTrue(CalleeSummary.CLOSES.takes());
  }

  @Test
  void aBodyWhoseCloseAnExpectedThrowSkipsClosesUnlessItThrows() {
    assertEquals(CalleeSummary.CLOSES_UNLESS_IT_THROWS,
        CalleeSummary.ofBody(CLOSED, false, () -> PathFacts.of(LEAKS_ON_EXCEPTION)));
    // open on a normal exit too: the helper's sentence, which names it
    assertEquals(CalleeSummary.CLOSES_ON_SOME_EXITS,
        CalleeSummary.ofBody(CLOSED, false,
            () -> PathFacts.of(LEAKS_ON_NORMAL_PATH, LEAKS_ON_EXCEPTION)));
  }

  @Test
  void aBodyThatReturnsWithItOpenOnSomeNormalExitClosesOnSomeExitsOnly() {
    assertEquals(CalleeSummary.CLOSES_ON_SOME_EXITS,
        CalleeSummary.ofBody(CLOSED, false, () -> PathFacts.of(LEAKS_ON_NORMAL_PATH)));
  }

  @Test
  void aBodyTheWalkDoesNotModelKeepsTheOlderAnswer() {
    assertEquals(CalleeSummary.TAKES, CalleeSummary.ofBody(CLOSED, false, () -> {
      throw new PathWalk.Unsupported("a labelled block");
    }));
  }

  @Test
  void aBodyThatReturnsAViewOfTheParameterBorrowsItWhereTheCallsResultIsUsedAtOnce() {
    assertEquals(CalleeSummary.BORROWS,
        CalleeSummary.ofBody(RETURNED_VIEW, true, () -> fail("no walk")));
    assertEquals(CalleeSummary.TAKES,
        CalleeSummary.ofBody(RETURNED_VIEW, false, () -> fail("no walk")));
  }

  @Test
  void aViewReturnedBesideAnotherWayOutOrAClosePassesForNoBorrow() {
    // leaves otherwise too: only takes
    assertEquals(CalleeSummary.TAKES,
        CalleeSummary.ofBody(PathFacts.of(HANDED_OVER_SOMEWHERE), true, () -> fail("no walk")));
    // closes it too: the view is of a closed resource, the callee takes it
    assertEquals(CalleeSummary.TAKES,
        CalleeSummary.ofBody(RETURNED_VIEW.with(CLOSED_SOMEWHERE), true,
            () -> fail("no walk")));
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
