package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.ResourceMentions.Place;
import dev.leakproof.checks.model.resource.ResourceMentions.ReceiverCall;
import dev.leakproof.checks.model.resource.ResourceMentions.Tally;
import dev.leakproof.checks.model.resource.ResourceMentions.Use;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceMentionsTest {
  /** A call on the resource whose facts are the names given; asking any other fact fails. */
  private record Call(Set<String> facts, Set<String> askable) implements ReceiverCall {
    Call(String... facts) {
      this(Set.of(facts), null);
    }

    private boolean fact(String name) {
      if (askable != null && !askable.contains(name)) {
        throw new AssertionError(name + " need not be asked");
      }
      return facts.contains(name);
    }

    @Override public boolean releasesReceiver() { return fact("releases"); }
    @Override public boolean resultUsedAtOnce() { return fact("usedAtOnce"); }
    @Override public boolean returnsCloseable() { return fact("closeable"); }
    @Override public boolean leavesReceiverOpen() { return fact("leavesOpen"); }
    @Override public boolean derivedValueKeeps() { return fact("derivedKeeps"); }
    @Override public boolean derivesOwningView() { return fact("owningView"); }
    @Override public boolean viewOnlyReturned() { return fact("onlyReturned"); }
    @Override public boolean owningViewLeaves() { return fact("viewLeaves"); }
    @Override public boolean returnsTied() { return fact("tied"); }
    @Override public boolean tiedResultLetsGo() { return fact("tiedLetsGo"); }
  }

  @Test
  void aPlaceAloneDecidesKeepsClosesHandsOverOrEscapes() {
    for (Place keeps : List.of(Place.COMPARED, Place.FIELD_READ, Place.ASSIGNED_TO,
        Place.ITERATED, Place.SYNCHRONIZED_ON)) {
      assertEquals(Use.KEEPS, ResourceMentions.at(keeps), keeps.name());
    }
    assertEquals(Use.CLOSES, ResourceMentions.at(Place.TRY_RESOURCE));
    assertEquals(Use.HANDS_OVER, ResourceMentions.at(Place.RETURNED));
    assertEquals(Use.HANDS_OVER, ResourceMentions.at(Place.STORED));
    assertEquals(Use.ESCAPES, ResourceMentions.at(Place.CAPTURED));
    assertEquals(Use.ESCAPES, ResourceMentions.at(Place.METHOD_REFERENCE));
    assertEquals(Use.ESCAPES, ResourceMentions.at(Place.OTHER));
  }

  @Test
  void aCallOnTheResourceClosesItOrKeepsItUnlessAClosableResultMayNeedItOpen() {
    assertEquals(Use.CLOSES, ResourceMentions.receiverOf(
        new Call(Set.of("releases"), Set.of("releases")), false), "in.close(): nothing more asked");
    assertEquals(Use.KEEPS, ResourceMentions.receiverOf(
        new Call(Set.of("usedAtOnce", "closeable"), Set.of("releases", "usedAtOnce")), true),
        "channel.configureBlocking(false); as a statement");
    assertEquals(Use.KEEPS, ResourceMentions.receiverOf(new Call(), false), "in.read()");
    assertEquals(Use.KEEPS, ResourceMentions.receiverOf(new Call("closeable", "leavesOpen"), false),
        "walk.getRepository(): a resource of its own");
  }

  @Test
  void aParametersDerivedValueKeptByTheCalleeLetsTheParameterGo() {
    assertEquals(Use.ESCAPES, ResourceMentions.receiverOf(new Call("derivedKeeps"), true),
        "this(filesystem.getRoot())");
    assertEquals(Use.KEEPS, ResourceMentions.receiverOf(
        new Call(Set.of("derivedKeeps"), Set.of("releases", "usedAtOnce", "closeable")), false),
        "a local's derived values are not asked");
  }

  @Test
  void aClosableViewDecidesByWhereItGoes() {
    assertEquals(Use.RETURNS_VIEW,
        ResourceMentions.receiverOf(new Call("closeable", "onlyReturned"), false),
        "return conn.getClient()");
    assertEquals(Use.ESCAPES, ResourceMentions.receiverOf(
        new Call("closeable", "owningView", "viewLeaves"), false), "return stmt.executeQuery()");
    assertEquals(Use.KEEPS,
        ResourceMentions.receiverOf(new Call("closeable", "owningView"), false),
        "rs = stmt.executeQuery(); read here only");
    assertEquals(Use.KEEPS, ResourceMentions.receiverOf(new Call("closeable", "tied"), false),
        "itr = txn.read(zxid); closing itr leaves txn open");
    assertEquals(Use.ESCAPES, ResourceMentions.receiverOf(
        new Call("closeable", "tied", "tiedLetsGo"), false), "the tied result is returned");
    assertEquals(Use.ESCAPES, ResourceMentions.receiverOf(new Call("closeable", "tied"), true),
        "a parameter's summary keeps the alias");
    assertEquals(Use.ESCAPES, ResourceMentions.receiverOf(new Call("closeable"), false),
        "stream.filter(..): a view that may close it");
  }

  @Test
  void aCastReceiverKeepsItOnlyForACallThatNeitherReleasesNorReturnsACloseable() {
    assertEquals(Use.KEEPS, ResourceMentions.castReceiverOf(new Call()));
    assertEquals(Use.ESCAPES, ResourceMentions.castReceiverOf(new Call("releases")));
    assertEquals(Use.ESCAPES, ResourceMentions.castReceiverOf(new Call("closeable")));
  }

  @Test
  void anArgumentIsClosedKeptOrJudgedByTheCalleesSummary() {
    assertEquals(Use.CLOSES, ResourceMentions.argumentOf(true, () -> {
      throw new AssertionError();
    }, () -> {
      throw new AssertionError();
    }), "closeQuietly(in)");
    assertEquals(Use.KEEPS, ResourceMentions.argumentOf(false, () -> true, () -> {
      throw new AssertionError();
    }), "props.load(in)");
    assertEquals(Use.HANDS_OVER,
        ResourceMentions.argumentOf(false, () -> false, () -> CalleeSummary.TAKES));
    assertEquals(Use.HANDS_OVER, ResourceMentions.passedTo(CalleeSummary.CLOSES));
    for (CalleeSummary borrows : List.of(CalleeSummary.BORROWS,
        CalleeSummary.CLOSES_ON_SOME_EXITS, CalleeSummary.CLOSES_UNLESS_IT_THROWS)) {
      assertEquals(Use.KEEPS, ResourceMentions.passedTo(borrows), borrows.name());
    }
    assertEquals(Use.PASSED, ResourceMentions.passedTo(CalleeSummary.UNKNOWN));
    assertEquals(Use.ESCAPES, ResourceMentions.argumentOfThisCall(CalleeSummary.UNKNOWN));
    assertEquals(Use.KEEPS, ResourceMentions.argumentOfThisCall(CalleeSummary.BORROWS));
  }

  @Test
  void theMentionsAddUpToEscapesClosedAndHandOvers() {
    Tally<String> tally = new Tally<>();
    tally.add("in.close()", Use.CLOSES, null, null);
    tally.add("return in", Use.HANDS_OVER, null, null);
    tally.add("unknown(in)", Use.PASSED, () -> false, () -> false);
    tally.add("unknown2(in); in.close()", Use.PASSED, () -> false, () -> true);
    tally.add("JSON.parse(in)", Use.PASSED, () -> true, null);
    Uses<String> uses = tally.uses();
    assertFalse(uses.escapes());
    assertTrue(uses.closedSomewhere());
    assertEquals(List.of("return in", "unknown(in)"), uses.handOvers());
    assertTrue(uses.handsOverAt(uses.handOvers().get(1)));
    assertFalse(uses.leavesOnlyAsReturnedView());
  }

  @Test
  void aViewOnlyReturnedIsAnEscapeThatASummaryTellsApart() {
    Tally<String> onlyView = new Tally<>();
    onlyView.add("return conn.getClient()", Use.RETURNS_VIEW, null, null);
    assertTrue(onlyView.uses().escapes());
    assertTrue(onlyView.uses().leavesOnlyAsReturnedView());
    Tally<String> alsoReturned = new Tally<>();
    alsoReturned.add("return conn.getClient()", Use.RETURNS_VIEW, null, null);
    alsoReturned.add("return conn", Use.HANDS_OVER, null, null);
    assertFalse(alsoReturned.uses().leavesOnlyAsReturnedView());
  }

  @Test
  void aHoldersUsesAddToTheResources() {
    Uses<String> resource = new Uses<>(false, false, List.of("return in"), true);
    Uses<String> holder = new Uses<>(false, true, List.of("return reader"), false);
    Uses<String> both = resource.with(holder);
    assertEquals(List.of("return in", "return reader"), both.handOvers());
    assertTrue(both.closedSomewhere());
    assertFalse(both.escapes());
    assertFalse(both.leavesOnlyAsReturnedView());
    assertTrue(resource.with(Uses.unknown()).escapes());
    assertTrue(Uses.<String>unknown().leavesSomewhere());
  }
}
