package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedExceptionsTest {
  @Test
  void uncheckedAreRuntimeExceptionsAndErrorsAndTheirSubtypes() {
    assertTrue(CheckedExceptions.isChecked("java.io.IOException", List.of("java.lang.Exception")));
    assertFalse(CheckedExceptions.isChecked("java.lang.RuntimeException", List.of()));
    assertFalse(CheckedExceptions.isChecked("java/lang/Error", List.of()));
    assertFalse(CheckedExceptions.isChecked("java.io.UncheckedIOException",
        List.of("java.lang.RuntimeException", "java.lang.Exception")));
  }

  @Test
  void byQualifiedNameOnly() {
    assertTrue(CheckedExceptions.isChecked("com.example.RuntimeException",
        List.of("java.lang.Exception")));
  }
}
