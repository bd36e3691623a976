package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeakingThrowsTest {
  private static final Set<String> CHECKED = Set.of("in.read", "new FileInputStream");
  private static final Set<String> ON_RESOURCE = Set.of("in.read", "in.available");

  private static final Set<String> UNRESOLVED = Set.of("helper.run", "reader.next");

  /** What the test's engine knows of a site's throws clause. */
  private static CheckedThrow clause(String site) {
    return CHECKED.contains(site) ? CheckedThrow.YES
        : UNRESOLVED.contains(site) ? CheckedThrow.UNKNOWN : CheckedThrow.NO;
  }

  private static String pick(String... sites) {
    return LeakingThrows.mostPlausible(List.of(sites), LeakingThrowsTest::clause,
        ON_RESOURCE::contains);
  }

  @Test
  void theFirstCallDeclaringACheckedExceptionWins() {
    assertEquals("in.read", pick("System.nanoTime", "in.available", "in.read"));
    assertEquals("new FileInputStream", pick("list.size", "new FileInputStream", "in.read"));
  }

  @Test
  void withoutKnownThrowsClausesTheFirstCallOnTheResourceWins() {
    assertEquals("in.available", pick("System.nanoTime", "in.available"));
    assertEquals("in.available", pick("helper.run", "in.available"));
  }

  @Test
  void otherwiseTheFirstSite() {
    assertEquals("System.nanoTime", pick("System.nanoTime", "list.size"));
    assertNull(pick());
  }

  private static CheckedThrow expected(String... sites) {
    return LeakingThrows.anyExpected(List.of(sites), LeakingThrowsTest::clause, "throw"::equals);
  }

  @Test
  void aCheckedExceptionOrAThrowStatementIsExpected() {
    assertEquals(CheckedThrow.YES, expected("log.debug", "new FileInputStream"));
    assertEquals(CheckedThrow.YES, expected("list.size", "throw"));
    assertEquals(CheckedThrow.YES, expected("helper.run", "in.read"));
  }

  @Test
  void callsDeclaringNoCheckedExceptionAreNotExpectedEvenOnTheResource() {
    assertEquals(CheckedThrow.NO, expected("log.debug", "list.size", "in.available"));
  }

  @Test
  void aCallWhoseThrowsClauseIsUnknownMayBeExpected() {
    assertEquals(CheckedThrow.UNKNOWN, expected("list.size", "reader.next"));
    assertTrue(expected("reader.next").mayBeExpected());
    assertFalse(expected("list.size").mayBeExpected());
    assertEquals(CheckedThrow.UNKNOWN, expected(), "no site: the engine did not say");
  }

  private static CheckedThrow expectedWithRethrows(Map<String, List<String>> causes,
      String... sites) {
    return LeakingThrows.anyExpected(List.of(sites), LeakingThrowsTest::clause,
        site -> site.startsWith("throw"), site -> causes.getOrDefault(site, List.of()));
  }

  @Test
  void aRethrowIsAsExpectedAsWhatEnteredItsCatch() {
    assertEquals(CheckedThrow.NO,
        expectedWithRethrows(Map.of("throw", List.of("log.debug")), "throw", "log.debug"),
        "catch (IOException e) { throw … } entered only by log.debug, which declares nothing");
    assertEquals(CheckedThrow.YES,
        expectedWithRethrows(Map.of("throw", List.of("log.debug", "in.read")), "throw"));
    assertEquals(CheckedThrow.UNKNOWN,
        expectedWithRethrows(Map.of("throw", List.of("reader.next")), "throw"));
    assertEquals(CheckedThrow.YES, expectedWithRethrows(Map.of(), "throw"),
        "a throw outside any catch is expected");
    assertEquals(CheckedThrow.YES, expectedWithRethrows(
        Map.of("throw outer", List.of("throw inner"), "throw inner", List.of()),
        "throw outer"), "a rethrow of a throw statement is expected");
  }
}
