package dev.leakproof.checks.model.threadlocal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.threadlocal.CleanupCoverage.InBlock;
import dev.leakproof.checks.model.threadlocal.CleanupCoverage.InTryBlock;
import dev.leakproof.checks.model.threadlocal.CleanupCoverage.InTryHandler;
import dev.leakproof.checks.model.threadlocal.CleanupCoverage.Other;
import dev.leakproof.checks.model.threadlocal.CleanupCoverage.Try;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanupCoverageTest {
  private static final Try FINALLY_CLEANS = new Try(true, false, false, false, false);
  /** {@code try { work(); } catch (Throwable t) { TL.remove(); throw t; } TL.remove();} */
  private static final Try CATCH_ALL_THEN_CLEANS = new Try(false, true, true, false, true);

  @Test
  void aSetDirectlyBeforeACleaningTryIsCovered() {
    assertTrue(CleanupCoverage.covered(List.of(new InBlock(FINALLY_CLEANS, false))));
    assertTrue(CleanupCoverage.covered(List.of(new InBlock(CATCH_ALL_THEN_CLEANS, false))));
  }

  @Test
  void aSetInsideACleaningTryBlockIsCovered() {
    assertTrue(CleanupCoverage.covered(List.of(new InBlock(null, false),
        new InTryBlock(CATCH_ALL_THEN_CLEANS))));
  }

  @Test
  void aCatchAllCoversOnlyEveryExit() {
    assertFalse(new Try(false, false, true, false, true).cleansOnEveryExit()); // catch (Exception)
    assertFalse(new Try(false, true, false, false, true).cleansOnEveryExit()); // a catch keeps it
    assertFalse(new Try(false, true, true, true, true).cleansOnEveryExit()); // return in the try
    assertFalse(new Try(false, true, true, false, false).cleansOnEveryExit()); // nothing after
  }

  @Test
  void somethingBetweenTheSetAndTheTryLeavesItUncovered() {
    // set(); work(); try { … } finally { remove(); }: the block's next statement is no try, and
    // the try further out is not directly after the code
    assertFalse(CleanupCoverage.covered(List.of(new InBlock(null, false),
        new InBlock(FINALLY_CLEANS, false))));
    assertFalse(CleanupCoverage.covered(List.of(new Other(), new InBlock(FINALLY_CLEANS, false))));
    assertFalse(CleanupCoverage.covered(List.of(new InTryHandler(),
        new InBlock(FINALLY_CLEANS, false))));
  }

  @Test
  void theLastStatementOfABlockLooksFurtherOut() {
    assertTrue(CleanupCoverage.covered(List.of(new InBlock(null, true),
        new InBlock(FINALLY_CLEANS, false))));
  }
}
