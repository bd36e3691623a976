package dev.leakproof.spotbugs.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The resource walk's values and their words ({@link TrackedValue}). */
class TrackedValueTest {
  @Test
  void everyValueWithAWordOfItsOwnReadsBackFromIt() {
    for (TrackedValue value : TrackedValue.values()) {
      if (value != TrackedValue.UNTESTED_FLAG && value != TrackedValue.UNINITIALIZED) {
        assertEquals(value, TrackedValue.of(value.word()), value.name());
      }
    }
    assertEquals(TrackedValue.UNKNOWN, TrackedValue.of(0), "a word nothing marked");
  }

  @Test
  void anObjectNotYetInitialisedIsTheMarkerOfItsNew() {
    int marker = UninitializedObjects.marker(7);
    assertEquals(TrackedValue.UNINITIALIZED, TrackedValue.of(marker));
    assertEquals(TrackedValue.UNINITIALIZED, TrackedValue.at(WordStack.of(marker, 0), 1));
    assertThrows(IllegalStateException.class, TrackedValue.UNINITIALIZED::word);
  }

  @Test
  void anUntestedFlagCarriesItsIndexWithinTheSlots() {
    for (int index = 0; index < TrackedValue.FLAG_SLOTS; index++) {
      int word = TrackedValue.untestedFlag(index);
      assertEquals(TrackedValue.UNTESTED_FLAG, TrackedValue.of(word));
      assertEquals(index, TrackedValue.flagIndex(word));
    }
    assertEquals(-1, TrackedValue.flagIndex(TrackedValue.untestedFlag(TrackedValue.FLAG_SLOTS)));
    assertEquals(-1, TrackedValue.flagIndex(TrackedValue.RESOURCE.word()));
    assertEquals(-1, TrackedValue.flagIndex(UninitializedObjects.marker(3)));
  }

  @Test
  void onlyFalseAndTrueAreFlagsThePathKnows() {
    assertTrue(TrackedValue.FALSE.isKnownFlag());
    assertTrue(TrackedValue.TRUE.isKnownFlag());
    assertFalse(TrackedValue.UNTESTED_FLAG.isKnownFlag());
    assertFalse(TrackedValue.RESOURCE.isKnownFlag());
  }
}
