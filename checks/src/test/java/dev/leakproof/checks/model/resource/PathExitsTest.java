package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.States.CLOSED;
import static dev.leakproof.checks.model.resource.States.NONE;
import static dev.leakproof.checks.model.resource.States.OPEN;
import static dev.leakproof.checks.model.resource.States.UNOPENED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathExitsTest {
  @Test
  void closeTurnsOpenIntoClosedAndLeavesTheRest() {
    assertEquals(CLOSED.union(UNOPENED), OPEN.union(UNOPENED).closed());
    assertEquals(UNOPENED, UNOPENED.closed());
    assertEquals("[UNOPENED, CLOSED]", OPEN.union(UNOPENED).closed().toString());
  }

  @Test
  void aRecoveredPathKeepsItsRecordThroughClosesAndMerges() {
    States recovered = OPEN.recovered();
    assertTrue(recovered.mayBeOpen());
    assertEquals(NONE, recovered.unrecovered());
    assertEquals(CLOSED.recovered(), recovered.closed());
    States merged = recovered.union(CLOSED);
    assertEquals(CLOSED, merged.unrecovered());
    assertEquals(recovered, merged.recoveredOnly());
    assertEquals("[CLOSED] recovered [OPEN]", merged.toString());
    assertEquals(UNOPENED.recovered(), merged.union(UNOPENED.recovered()).only(
        ResourceState.UNOPENED));
  }

  @Test
  void recoveringMarksEveryExitButExceptions() {
    PathExits<String> handler = new PathExits<>();
    handler.addReturn(OPEN);
    handler.addBreak("", CLOSED);
    handler.addThrow(OPEN, "warn");
    handler.recover();
    assertEquals(OPEN.recovered(), handler.returns());
    assertEquals(CLOSED.recovered().union(OPEN.recovered()), handler.nonExceptionalExits(NONE));
    assertEquals(OPEN, handler.thrown());
  }

  @Test
  void keepsTheFirstSiteThatLeaksTheOpenResource() {
    PathExits<String> exits = new PathExits<>();
    exits.addThrow(UNOPENED, "before");
    exits.addThrow(OPEN, "read");
    exits.addThrow(OPEN, "write");
    assertEquals(UNOPENED.union(OPEN), exits.thrown());
    assertEquals("read", exits.throwSites().stream().findFirst().orElse(null));
  }

  @Test
  void aLoopConsumesItsOwnBreaksAndContinuesAndForwardsTheRest() {
    PathExits<String> body = new PathExits<>();
    body.addBreak("", OPEN);
    body.addBreak("outer", CLOSED);
    body.addContinue("loop", UNOPENED);
    body.addReturn(OPEN);
    PathExits<String> outer = new PathExits<>();
    body.forwardTo(outer, true, "loop", true);
    assertEquals(OPEN, body.consumedBreaks(true, "loop"));
    assertEquals(UNOPENED, body.consumedContinues("loop"));
    assertEquals(CLOSED.union(OPEN), outer.nonExceptionalExits(NONE));
  }

  @Test
  void tryWithAVariableClosesEveryExit() {
    PathExits<String> exits = new PathExits<>();
    exits.addReturn(OPEN);
    exits.addThrow(OPEN, "read");
    exits.closeOnEveryExit();
    assertEquals(CLOSED, exits.returns());
    assertEquals(CLOSED, exits.thrown());
    assertNull(exits.throwSites().stream().findFirst().orElse(null));
  }

  @Test
  void aFinallyThatClosesReleasesEveryExitButKeepsWhereTheThrowCameFrom() {
    PathExits<String> body = new PathExits<>();
    body.addReturn(OPEN);
    body.addBreak("", OPEN.union(UNOPENED));
    body.addThrow(OPEN, "read");
    PathExits<String> outer = new PathExits<>();
    body.throughFinally(States::closed, outer);
    assertEquals(CLOSED.union(UNOPENED), outer.nonExceptionalExits(NONE));
    assertEquals(CLOSED, outer.thrown());

    PathExits<String> leaky = new PathExits<>();
    body.throughFinally(state -> state, leaky);
    assertEquals(OPEN, leaky.thrown());
    assertEquals("read", leaky.throwSites().get(0));
  }

  @Test
  void keepsEveryLeakingSiteInOrderThroughForwardsAndFinally() {
    PathExits<String> body = new PathExits<>();
    body.addThrow(OPEN, "nanoTime");
    body.addThrow(CLOSED, "log");
    body.addThrow(OPEN, "read");
    body.addThrow(OPEN, "nanoTime");
    assertEquals(java.util.List.of("nanoTime", "read"), body.throwSites());
    PathExits<String> outer = new PathExits<>();
    body.forwardTo(outer, false, null, true);
    assertEquals(java.util.List.of("nanoTime", "read"), outer.throwSites());
    PathExits<String> closed = new PathExits<>();
    body.throughFinally(States::closed, closed);
    assertEquals(java.util.List.of(), closed.throwSites());
  }

  @Test
  void aRethrowFromACatchBlamesTheCallThatThrewInTheTry() {
    PathExits<String> afterCatch = new PathExits<>();
    afterCatch.rememberCauses(java.util.List.of("read"));
    afterCatch.addThrow(OPEN, "new RuntimeException");
    assertEquals("read", afterCatch.throwSites().get(0));
  }
}
