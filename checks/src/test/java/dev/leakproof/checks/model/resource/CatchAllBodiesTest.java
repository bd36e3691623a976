package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.CatchAllBodies.Part.GUARDED;
import static dev.leakproof.checks.model.resource.CatchAllBodies.Part.HARMLESS;
import static dev.leakproof.checks.model.resource.CatchAllBodies.Part.MAY_THROW;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatchAllBodiesTest {
  @Test
  void aBodyGuardedByACatchAllThatOnlyReturnsCannotThrow() {
    // try { socket.setOption(..); return true; } catch (Throwable t) { return false; }
    assertTrue(CatchAllBodies.cannotThrow(List.of(GUARDED, GUARDED, HARMLESS)));
  }

  @Test
  void anythingOutsideTheGuardMayThrow() {
    assertFalse(CatchAllBodies.cannotThrow(List.of(MAY_THROW, GUARDED, HARMLESS)));
    assertFalse(CatchAllBodies.cannotThrow(List.of(GUARDED, MAY_THROW)));
  }

  @Test
  void aBodyWithoutACatchAllIsNotReadFurther() {
    assertFalse(CatchAllBodies.cannotThrow(List.of(HARMLESS)));
    assertFalse(CatchAllBodies.cannotThrow(List.of()));
  }
}
