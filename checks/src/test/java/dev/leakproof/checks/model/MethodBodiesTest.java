package dev.leakproof.checks.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MethodBodiesTest {
  @Test
  void aMethodNoSubclassCanReplaceIsStaticPrivateFinalAConstructorOrOfAFinalClass() {
    assertTrue(MethodBodies.cannotBeOverridden(true, false, false, false, MethodBodiesTest::no));
    assertTrue(MethodBodies.cannotBeOverridden(false, true, false, false, MethodBodiesTest::no));
    assertTrue(MethodBodies.cannotBeOverridden(false, false, true, false, MethodBodiesTest::no));
    assertTrue(MethodBodies.cannotBeOverridden(false, false, false, true, MethodBodiesTest::no));
    assertTrue(MethodBodies.cannotBeOverridden(false, false, false, false, () -> true),
        "a method of a final class");
    assertFalse(MethodBodies.cannotBeOverridden(false, false, false, false, () -> false),
        "a subclass may override it");
  }

  private static boolean no() {
    throw new AssertionError("the class is asked only when the method itself may be overridden");
  }
}
