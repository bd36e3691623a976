package dev.leakproof.checks.model;

import static dev.leakproof.checks.model.FakeTree.block;
import static dev.leakproof.checks.model.FakeTree.branch;
import static dev.leakproof.checks.model.FakeTree.call;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.FakeTree.Node;
import org.junit.jupiter.api.Test;

/** {@link Branches#mayFollow} on a toy tree: {@code set()} then {@code remove()}. */
class BranchesTest {
  private static boolean mayFollow(Node first, Node later) {
    return Branches.mayFollow(FakeTree.TREE, first.ancestors(), later.ancestors(), true);
  }

  @Test
  void aLaterStatementFollows() {
    Node set = call("set()");
    Node remove = call("remove()");
    block(set, remove);
    assertTrue(mayFollow(set, remove));
  }

  @Test
  void aLaterStatementInsideABranchFollows() {
    Node set = call("set()");
    Node remove = call("remove()");
    block(set, branch(block(remove), null));
    assertTrue(mayFollow(set, remove));
  }

  @Test
  void aStatementAfterTheIfFollowsEitherBranch() {
    Node set = call("set()");
    Node remove = call("remove()");
    block(branch(block(call("a()")), block(set)), remove);
    assertTrue(mayFollow(set, remove));
  }

  @Test
  void theOtherBranchOfOneIfDoesNot() {
    Node set = call("set()");
    Node remove = call("remove()");
    block(branch(block(set), block(remove)));
    assertFalse(mayFollow(set, remove));
  }

  @Test
  void theOtherBranchOfAnOuterIfDoesNot() {
    Node set = call("set()");
    Node remove = call("remove()");
    block(branch(block(branch(block(set), null)), block(call("a()"), remove)));
    assertFalse(mayFollow(set, remove));
  }

  @Test
  void codeThatStartsBeforeDoesNot() {
    Node set = call("set()");
    Node remove = call("remove()");
    block(remove, set);
    assertFalse(Branches.mayFollow(FakeTree.TREE, set.ancestors(), remove.ancestors(), false));
  }
}
