package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NonOwningHoldersTest {
  @Test
  void gitOverAGivenRepositoryDoesNotOwnIt() {
    assertTrue(NonOwningHolders.keepsWithoutOwning("org.eclipse.jgit.api.Git",
        NonOwningHolders.CONSTRUCTOR, 1, 0));
    assertTrue(NonOwningHolders.keepsWithoutOwning("org/eclipse/jgit/api/Git", "wrap", 1, 0),
        "internal names, as bytecode spells them");
    assertTrue(NonOwningHolders.mayBeHolder("Git"));
  }

  @Test
  void jgitWalksOverAGivenReaderDoNotOwnIt() {
    assertTrue(NonOwningHolders.keepsWithoutOwning("org/eclipse/jgit/revwalk/RevWalk",
        NonOwningHolders.CONSTRUCTOR, 1, 0));
    assertTrue(NonOwningHolders.keepsWithoutOwning("org.eclipse.jgit.revwalk.ObjectWalk",
        NonOwningHolders.CONSTRUCTOR, 1, 0));
    assertTrue(NonOwningHolders.keepsWithoutOwning("org.eclipse.jgit.treewalk.TreeWalk",
        NonOwningHolders.CONSTRUCTOR, 2, 1), "TreeWalk(Repository, ObjectReader)");
    assertFalse(NonOwningHolders.keepsWithoutOwning("org.eclipse.jgit.revwalk.RevWalk",
        NonOwningHolders.CONSTRUCTOR, 2, 0), "the private RevWalk(ObjectReader, boolean)");
    assertFalse(NonOwningHolders.keepsWithoutOwning("org.eclipse.jgit.revplot.PlotWalk",
        NonOwningHolders.CONSTRUCTOR, 1, 0), "a subclass's constructor is another method");
    assertTrue(NonOwningHolders.mayBeHolder("TreeWalk"));
  }

  @Test
  void otherCallsAndClassesOfTheSameNameAreNotHolders() {
    assertFalse(NonOwningHolders.keepsWithoutOwning("org.eclipse.jgit.api.Git",
        NonOwningHolders.CONSTRUCTOR, 2, 0), "Git(Repository, boolean) may own it");
    assertFalse(NonOwningHolders.keepsWithoutOwning("org.eclipse.jgit.api.Git", "open", 1, 0));
    assertFalse(NonOwningHolders.keepsWithoutOwning("com.example.Git",
        NonOwningHolders.CONSTRUCTOR, 1, 0));
    assertFalse(NonOwningHolders.keepsWithoutOwning(null, "wrap", 1, 0));
    assertFalse(NonOwningHolders.mayBeHolder("Repository"));
  }
}
