package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

class TiedResultsTest {

  @Test
  void aResultThatMayBeTheReceiverClosesItWithoutAskingTheTables() {
    assertTrue(TiedResults.closesReceiver(true, () -> fail("writer.append(..): no table needed")));
  }

  @Test
  void anUnknownHierarchyTakesTheResultForTheResource() {
    assertTrue(TiedResults.closesReceiver(null, () -> fail("unknown: precision first")));
  }

  @Test
  void aListedViewClosesItsReceiver() {
    assertTrue(TiedResults.closesReceiver(false, () -> true)); // in.getChannel()
  }

  @Test
  void anyOtherResultIsTiedAndLeavesTheResourceOpen() {
    assertFalse(TiedResults.closesReceiver(false, () -> false)); // txn.read(zxid)
  }

  @Test
  void aTiedResultUsedAndClosedHereLetsNothingGo() {
    assertFalse(TiedResults.letResourceGo(false, List.of(), mention -> fail("no hand-over")));
  }

  @Test
  void aTiedResultGivenToACalleeThatClosesOrOnlyUsesItLetsNothingGo() {
    assertFalse(TiedResults.letResourceGo(false, List.of("close(itr)"), mention -> true));
  }

  @Test
  void aTiedResultReturnedStoredOrKeptByItsCalleeLetsTheResourceGo() {
    assertTrue(TiedResults.letResourceGo(false, List.of("close(itr)", "return itr"),
        "close(itr)"::equals));
  }

  @Test
  void aTiedResultThatEscapesLetsTheResourceGo() {
    assertTrue(TiedResults.letResourceGo(true, List.of(), mention -> true));
  }
}
