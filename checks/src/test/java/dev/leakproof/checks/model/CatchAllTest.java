package dev.leakproof.checks.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CatchAllTest {
  @Test
  void throwableAndExceptionCatchWhatACallerExpects() {
    assertTrue(CatchAll.catchesExpected("java.lang.Throwable"));
    assertTrue(CatchAll.catchesExpected("java.lang.Exception"));
  }

  @Test
  void onlyThrowableCatchesEverything() {
    assertTrue(CatchAll.catchesEverything("java.lang.Throwable"));
    // catch (Exception e) lets an Error skip the cleanup
    assertFalse(CatchAll.catchesEverything("java.lang.Exception"));
  }

  @Test
  void narrowerTypesCatchNeither() {
    for (String type : new String[] {"java.io.IOException", "java.lang.RuntimeException",
        "java.lang.Error"}) {
      assertFalse(CatchAll.catchesExpected(type), type);
      assertFalse(CatchAll.catchesEverything(type), type);
    }
  }

  @Test
  void aProjectClassOfTheSameSimpleNameIsNeither() {
    for (String type : new String[] {"com.example.Exception", "com.example.Throwable",
        "com.example.Outer$Throwable", "Exception", "Throwable", "java/lang/Throwable"}) {
      assertFalse(CatchAll.catchesExpected(type), type);
      assertFalse(CatchAll.catchesEverything(type), type);
    }
  }
}
