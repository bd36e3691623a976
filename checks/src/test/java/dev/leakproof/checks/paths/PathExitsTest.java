package dev.leakproof.checks.paths;

import static dev.leakproof.checks.paths.PathExits.CLOSED;
import static dev.leakproof.checks.paths.PathExits.OPEN;
import static dev.leakproof.checks.paths.PathExits.UNOPENED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PathExitsTest {
  @Test
  void closeTurnsOpenIntoClosedAndLeavesTheRest() {
    assertEquals(CLOSED | UNOPENED, PathExits.close(OPEN | UNOPENED));
    assertEquals(UNOPENED, PathExits.close(UNOPENED));
  }

  @Test
  void keepsTheFirstSiteThatLeaksTheOpenResource() {
    PathExits<String> exits = new PathExits<>();
    exits.addThrow(UNOPENED, "before");
    exits.addThrow(OPEN, "read");
    exits.addThrow(OPEN, "write");
    assertEquals(UNOPENED | OPEN, exits.thrown());
    assertEquals("read", exits.throwSite());
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
    assertEquals(CLOSED | OPEN, outer.nonExceptionalExits(0));
  }

  @Test
  void tryWithAVariableClosesEveryExit() {
    PathExits<String> exits = new PathExits<>();
    exits.addReturn(OPEN);
    exits.addThrow(OPEN, "read");
    exits.closeOnEveryExit();
    assertEquals(CLOSED, exits.returns());
    assertEquals(CLOSED, exits.thrown());
    assertNull(exits.throwSite());
  }

  @Test
  void aFinallyThatClosesReleasesEveryExitButKeepsWhereTheThrowCameFrom() {
    PathExits<String> body = new PathExits<>();
    body.addReturn(OPEN);
    body.addBreak("", OPEN | UNOPENED);
    body.addThrow(OPEN, "read");
    PathExits<String> outer = new PathExits<>();
    body.throughFinally(PathExits::close, outer);
    assertEquals(CLOSED | UNOPENED, outer.nonExceptionalExits(0));
    assertEquals(CLOSED, outer.thrown());

    PathExits<String> leaky = new PathExits<>();
    body.throughFinally(state -> state, leaky);
    assertEquals(OPEN, leaky.thrown());
    assertEquals("read", leaky.throwSite());
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
    body.throughFinally(PathExits::close, closed);
    assertEquals(java.util.List.of(), closed.throwSites());
  }

  @Test
  void aRethrowFromACatchBlamesTheCallThatThrewInTheTry() {
    PathExits<String> afterCatch = new PathExits<>();
    afterCatch.rememberCause("read");
    afterCatch.addThrow(OPEN, "new RuntimeException");
    assertEquals("read", afterCatch.throwSite());
  }
}
