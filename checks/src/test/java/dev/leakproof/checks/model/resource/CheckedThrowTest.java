package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedThrowTest {
  private static final List<String> RUNTIME =
      List.of("java.lang.RuntimeException", "java.lang.Exception", "java.lang.Throwable");

  @Test
  void aDeclaredTypeIsExpectedWhenCheckedOrAnUncheckedFailureCallersShouldExpect() {
    assertEquals(CheckedThrow.YES, CheckedThrow.declaredType("java.io.IOException",
        List.of("java.lang.Exception", "java.lang.Throwable")));
    assertEquals(CheckedThrow.YES, CheckedThrow.declaredType("org.h2.message.DbException",
        RUNTIME));
    assertEquals(CheckedThrow.NO, CheckedThrow.declaredType("java.lang.NumberFormatException",
        List.of("java.lang.IllegalArgumentException", "java.lang.RuntimeException")));
  }

  @Test
  void aCallDeclaringNothingIntoALibraryFailingUncheckedIsExpected() {
    CheckedThrow h2Call = CheckedThrow.NO.orLibraryFailure("org.h2.result.LocalResult");
    assertEquals(CheckedThrow.LIBRARY_FAILURE, h2Call);
    assertTrue(h2Call.isExpected());
    assertEquals(CheckedThrow.LIBRARY_FAILURE, h2Call.or(CheckedThrow.UNKNOWN));
    assertEquals(CheckedThrow.YES, h2Call.or(CheckedThrow.YES), "a declared throw says more");
    assertFalse(CheckedThrow.UNKNOWN.isExpected());
    assertEquals(CheckedThrow.NO, CheckedThrow.NO.orLibraryFailure("java.util.List"));
    assertEquals(CheckedThrow.NO, CheckedThrow.NO.orLibraryFailure(null));
    assertEquals(CheckedThrow.UNKNOWN,
        CheckedThrow.UNKNOWN.orLibraryFailure("org.h2.result.LocalResult"),
        "an unresolved call stays unknown");
  }

  @Test
  void aCalleeIsJudgedByItsBodyThenItsThrowsClauseThenItsLibrary() {
    assertEquals(CheckedThrow.NO, CheckedThrow.ofCallee(true, () -> {
      throw new AssertionError("its throws clause need not be read");
    }, "java.io.FileInputStream"), "a body catching everything throws nothing a caller expects");
    assertEquals(CheckedThrow.YES, CheckedThrow.ofCallee(false,
        () -> List.of(CheckedThrow.NO, CheckedThrow.UNKNOWN, CheckedThrow.YES), "java.io.InputStream"),
        "one checked type is enough, whatever comes before it");
    assertEquals(CheckedThrow.UNKNOWN, CheckedThrow.ofCallee(false,
        () -> List.of(CheckedThrow.NO, CheckedThrow.UNKNOWN), "org.h2.result.LocalResult"),
        "a type variable leaves it unknown, even in a library failing unchecked");
    assertEquals(CheckedThrow.NO, CheckedThrow.ofCallee(false, () -> List.of(), "java.util.List"));
    assertEquals(CheckedThrow.LIBRARY_FAILURE,
        CheckedThrow.ofCallee(false, () -> List.of(CheckedThrow.NO), "org.h2.result.LocalResult"));
    assertEquals(CheckedThrow.NO, CheckedThrow.ofCallee(false, () -> List.of(), null));
  }
}
