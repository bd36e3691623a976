package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.FakeTree.block;
import static dev.leakproof.checks.model.FakeTree.branch;
import static dev.leakproof.checks.model.FakeTree.call;
import static dev.leakproof.checks.model.FakeTree.store;
import static dev.leakproof.checks.model.FakeTree.throwStatement;
import static dev.leakproof.checks.model.FakeTree.tryStatement;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.FakeTree;
import dev.leakproof.checks.model.FakeTree.Node;
import org.junit.jupiter.api.Test;

/** {@link OwningFieldModel#storedOnEveryNormalPath} on a toy constructor body. */
class StoredOnEveryNormalPathTest {
  private static boolean onEveryPath(Node assignment, Node body) {
    return OwningFieldModel.storedOnEveryNormalPath(FakeTree.TREE, assignment.upTo(body), body);
  }

  @Test
  void aStatementOfTheBodyRunsOnEveryPath() {
    Node assignment = call("this.in = open()");
    Node body = block(call("a()"), store(assignment), call("b()"));
    assertTrue(onEveryPath(assignment, body));
  }

  @Test
  void aTryBlockWhoseCatchesRethrowRunsOnEveryPath() {
    Node assignment = call("this.in = open()");
    Node body = block(tryStatement(block(store(assignment)),
        block(call("log(e)"), throwStatement()), null));
    assertTrue(onEveryPath(assignment, body));
    Node noCatch = call("this.in = open()");
    Node finallyOnly = block(tryStatement(block(store(noCatch)), null, block(call("done()"))));
    assertTrue(onEveryPath(noCatch, finallyOnly));
  }

  @Test
  void aCatchThatGoesOnMayReturnWithoutTheStore() {
    Node assignment = call("this.in = open()");
    Node body = block(tryStatement(block(store(assignment)), block(call("log(e)")), null));
    assertFalse(onEveryPath(assignment, body));
    Node empty = call("this.in = open()");
    Node emptyCatch = block(tryStatement(block(store(empty)), block(), null));
    assertFalse(onEveryPath(empty, emptyCatch));
  }

  @Test
  void aBranchOrANestedBlockMayNotRun() {
    Node assignment = call("this.in = open()");
    Node body = block(branch(block(store(assignment)), null));
    assertFalse(onEveryPath(assignment, body));
    Node deeper = call("this.in = open()");
    Node nestedTry = block(tryStatement(block(tryStatement(block(store(deeper)), null, null)),
        null, null));
    assertFalse(onEveryPath(deeper, nestedTry));
  }

  @Test
  void aStoreThatIsNoStatementOfItsOwnOrOutsideTheBodyDoesNot() {
    Node inAnExpression = call("this.in = open()");
    assertFalse(onEveryPath(inAnExpression, block(FakeTree.lambda(inAnExpression))));
    Node elsewhere = call("this.in = open()");
    block(store(elsewhere));
    assertFalse(onEveryPath(elsewhere, block()));
  }
}
