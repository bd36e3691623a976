package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.FakeTree.block;
import static dev.leakproof.checks.model.FakeTree.branch;
import static dev.leakproof.checks.model.FakeTree.call;
import static dev.leakproof.checks.model.FakeTree.classBody;
import static dev.leakproof.checks.model.FakeTree.closeV;
import static dev.leakproof.checks.model.FakeTree.lambda;
import static dev.leakproof.checks.model.FakeTree.tryStatement;
import static dev.leakproof.checks.model.FakeTree.tryV;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.FakeTree;
import dev.leakproof.checks.model.FakeTree.Node;
import org.junit.jupiter.api.Test;

/** {@link ClosedLater} on a toy tree: {@code take(v)} is the point, {@code v} the local. */
class ClosedLaterTest {
  private static boolean closedAfter(Node point, Node body) {
    return ClosedLater.after(FakeTree.TREE, point.upTo(body), FakeTree::closesV);
  }

  @Test
  void aLaterStatementOfTheBlockCloses() {
    Node take = call("take(v)");
    Node body = block(call("a()"), take, call("b()"), closeV());
    assertTrue(closedAfter(take, body));
  }

  @Test
  void aLaterStatementOfAnOuterBlockCloses() {
    Node take = call("take(v)");
    Node body = block(branch(block(take), null), closeV());
    assertTrue(closedAfter(take, body));
  }

  @Test
  void aCloseInsideALaterStatementCounts() {
    // take(v); if (done) v.close();
    Node take = call("take(v)");
    Node body = block(take, branch(block(closeV()), null));
    assertTrue(closedAfter(take, body));
  }

  @Test
  void aTryNamingTheLocalCloses() {
    Node take = call("take(v)");
    Node body = block(take, tryV(block(call("read()"))));
    assertTrue(closedAfter(take, body));
  }

  @Test
  void theFinallyOfTheTryAroundThePointCloses() {
    Node take = call("take(v)");
    Node body = block(tryStatement(block(take), null, block(closeV())));
    assertTrue(closedAfter(take, body));
  }

  @Test
  void aCloseBeforeThePointDoesNot() {
    Node take = call("take(v)");
    Node body = block(closeV(), take, call("b()"));
    assertFalse(closedAfter(take, body));
  }

  @Test
  void anEqualStatementEarlierIsNotThePoint() {
    // take(v); if (done) v.close(); take(v);  -- the second take(v) has nothing after it
    Node first = call("take(v)");
    Node second = call("take(v)");
    Node body = block(first, branch(block(closeV()), null), second);
    assertTrue(closedAfter(first, body));
    assertFalse(closedAfter(second, body));
  }

  @Test
  void aCloseOnTheOtherBranchDoesNot() {
    // if (bad) v.close(); else take(v);
    Node take = call("take(v)");
    Node body = block(branch(block(closeV()), block(take)));
    assertFalse(closedAfter(take, body));
  }

  @Test
  void aCloseInACatchDoesNot() {
    Node take = call("take(v)");
    Node body = block(take, tryStatement(block(call("read()")), block(closeV()), null));
    assertFalse(closedAfter(take, body));
    Node again = call("take(v)");
    Node tryInCatch = block(again,
        tryStatement(block(call("read()")), block(tryV(block())), null));
    assertFalse(closedAfter(again, tryInCatch)); // try (v) in a catch: on failure only
  }

  @Test
  void theFinallyOfATryWhoseCatchHoldsThePointDoesNot() {
    Node take = call("take(v)");
    Node body = block(tryStatement(block(call("read()")), block(take), block(closeV())));
    assertFalse(closedAfter(take, body));
  }

  @Test
  void aCloseInCodeThatRunsLaterDoesNot() {
    Node take = call("take(v)");
    Node body = block(take, call("submit(..)"), lambda(block(closeV())));
    assertFalse(closedAfter(take, body));
    Node again = call("take(v)");
    Node inAClass = block(again, classBody(block(closeV())));
    assertFalse(closedAfter(again, inAClass)); // a method of its own, maybe its own v
  }

  @Test
  void aPointInCodeThatRunsLaterLooksNoFurther() {
    Node take = call("take(v)");
    Node body = block(call("run(..)"), lambda(block(take)), closeV());
    assertFalse(closedAfter(take, body));
    Node inAClass = call("take(v)");
    Node outer = block(classBody(block(inAClass)), closeV());
    assertFalse(closedAfter(inAClass, outer));
  }

  @Test
  void nothingOutsideTheBodyCounts() {
    Node take = call("take(v)");
    Node inner = block(take);
    block(inner, closeV());
    assertFalse(closedAfter(take, inner));
  }
}
