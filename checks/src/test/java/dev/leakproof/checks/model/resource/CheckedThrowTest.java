package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    assertEquals(CheckedThrow.YES, CheckedThrow.NO.orLibraryFailure("org.h2.result.LocalResult"));
    assertEquals(CheckedThrow.NO, CheckedThrow.NO.orLibraryFailure("java.util.List"));
    assertEquals(CheckedThrow.NO, CheckedThrow.NO.orLibraryFailure(null));
    assertEquals(CheckedThrow.UNKNOWN,
        CheckedThrow.UNKNOWN.orLibraryFailure("org.h2.result.LocalResult"),
        "an unresolved call stays unknown");
  }
}
