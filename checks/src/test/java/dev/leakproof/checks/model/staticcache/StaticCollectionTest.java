package dev.leakproof.checks.model.staticcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticCollectionTest {
  private static final Map<String, Growth> GROWTH = Map.of("new HashMap<>()", Growth.UNBOUNDED,
      "new TreeMap<>()", Growth.UNBOUNDED, "new WeakHashMap<>()", Growth.WEAK_KEYS,
      "Collections.unmodifiableMap(m)", Growth.UNMODIFIABLE, "load()", Growth.UNKNOWN);

  private static Growth initialGrowth(String... values) {
    return StaticCollection.initialGrowth(List.of(values), GROWTH::get);
  }

  @Test
  void oneValueGivesItsGrowth() {
    assertEquals(Growth.UNBOUNDED, initialGrowth("new HashMap<>()"));
    assertEquals(Growth.UNMODIFIABLE, initialGrowth("Collections.unmodifiableMap(m)"));
  }

  @Test
  void severalValuesThatAgreeGiveTheirGrowth() {
    // Two constructors of a singleton, or an initialiser and a static block, each making a map
    // that grows without limit: whichever the field keeps grows.
    assertEquals(Growth.UNBOUNDED, initialGrowth("new HashMap<>()", "new TreeMap<>()"));
    assertEquals(Growth.UNBOUNDED, initialGrowth("new HashMap<>()", "new HashMap<>()"));
  }

  @Test
  void valuesThatDifferOrNoValueCannotBeTold() {
    assertEquals(Growth.UNKNOWN,
        initialGrowth("new HashMap<>()", "Collections.unmodifiableMap(m)"));
    assertEquals(Growth.UNKNOWN, initialGrowth("new HashMap<>()", "new WeakHashMap<>()"));
    assertEquals(Growth.UNKNOWN, initialGrowth("load()", "load()"));
    assertEquals(Growth.UNKNOWN, initialGrowth());
  }

  @Test
  void stopsAskingAtTheFirstValueThatCannotBeTold() {
    assertEquals(Growth.UNKNOWN, StaticCollection.initialGrowth(List.of("load()", "boom"),
        value -> value.equals("boom") ? fail() : GROWTH.get(value)));
  }

  @Test
  void aFieldIsConfinedWhenItOrAnyClassAroundItIsPrivate() {
    assertTrue(StaticCollection.confinedToFile(true, List.of(false, false)));
    assertTrue(StaticCollection.confinedToFile(false, List.of(true)));
    // Package-private nested class of a private nested class: no other file can name either.
    assertTrue(StaticCollection.confinedToFile(false, List.of(false, true, false)));
    assertFalse(StaticCollection.confinedToFile(false, List.of(false, false)));
    assertFalse(StaticCollection.confinedToFile(false, List.of()));
  }

  private static Growth fail() {
    throw new AssertionError("asked after the answer was settled");
  }
}
