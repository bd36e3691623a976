package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeakingThrowsTest {
  private static final Set<String> CHECKED = Set.of("in.read", "new FileInputStream");
  private static final Set<String> ON_RESOURCE = Set.of("in.read", "in.available");

  private static String pick(String... sites) {
    return LeakingThrows.mostPlausible(List.of(sites), CHECKED::contains, ON_RESOURCE::contains);
  }

  @Test
  void theFirstCallDeclaringACheckedExceptionWins() {
    assertEquals("in.read", pick("System.nanoTime", "in.available", "in.read"));
    assertEquals("new FileInputStream", pick("list.size", "new FileInputStream", "in.read"));
  }

  @Test
  void withoutKnownThrowsClausesTheFirstCallOnTheResourceWins() {
    assertEquals("in.available", pick("System.nanoTime", "in.available"));
  }

  @Test
  void otherwiseTheFirstSite() {
    assertEquals("System.nanoTime", pick("System.nanoTime", "list.size"));
    assertNull(pick());
  }

  private static boolean expected(String... sites) {
    return LeakingThrows.anyExpected(List.of(sites), CHECKED::contains, "throw"::equals);
  }

  @Test
  void aCheckedExceptionOrAThrowStatementIsExpected() {
    assertTrue(expected("log.debug", "new FileInputStream"));
    assertTrue(expected("list.size", "throw"));
  }

  @Test
  void callsDeclaringNoCheckedExceptionAreNotExpectedEvenOnTheResource() {
    assertFalse(expected("log.debug", "list.size", "in.available"));
    assertFalse(expected());
  }
}
