package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatchAllTest {
  @Test
  void onlyTheJdkRootsCatchEverything() {
    assertTrue(CatchAll.catchesEverything("java.lang.Exception"));
    assertTrue(CatchAll.catchesEverything("java/lang/Throwable"));
    assertFalse(CatchAll.catchesEverything("Exception")); // a project class of that name
    assertFalse(CatchAll.catchesEverything("com.example.Exception"));
    assertFalse(CatchAll.catchesEverything("java.lang.RuntimeException")); // checked ones pass
    assertFalse(CatchAll.catchesEverything("java.io.IOException"));
  }

  @Test
  void uncheckedAreRuntimeExceptionsAndErrorsAndTheirSubtypes() {
    assertTrue(CatchAll.isChecked("java.io.IOException", List.of("java.lang.Exception")));
    assertFalse(CatchAll.isChecked("java.lang.RuntimeException", List.of()));
    assertFalse(CatchAll.isChecked("java.io.UncheckedIOException",
        List.of("java.lang.RuntimeException", "java.lang.Exception")));
  }
}
