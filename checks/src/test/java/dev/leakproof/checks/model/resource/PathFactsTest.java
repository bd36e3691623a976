package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.PathFact.CLOSED_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.HANDED_OVER_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_NORMAL_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PathFactsTest {
  @Test
  void aFactIsFoundOnlyWhenNamedOrWhenItHolds() {
    PathFacts facts = PathFacts.NONE.with(CLOSED_SOMEWHERE, true).with(LEAKS_ON_NORMAL_PATH, false);
    assertTrue(facts.has(CLOSED_SOMEWHERE));
    assertFalse(facts.has(LEAKS_ON_NORMAL_PATH));
    assertEquals(PathFacts.of(CLOSED_SOMEWHERE), facts);
    assertFalse(PathFacts.NONE.has(CLOSED_SOMEWHERE), "NONE is not changed by with");
  }

  @Test
  void withoutTakesAFactOutAndFactsCompareAsSets() {
    PathFacts both = PathFacts.of(CLOSED_SOMEWHERE, HANDED_OVER_SOMEWHERE);
    assertEquals(PathFacts.of(CLOSED_SOMEWHERE), both.without(HANDED_OVER_SOMEWHERE));
    assertEquals(both, PathFacts.of(EnumSet.of(HANDED_OVER_SOMEWHERE, CLOSED_SOMEWHERE)));
    assertEquals(PathFacts.NONE, PathFacts.of(EnumSet.noneOf(PathFact.class)));
    assertNotEquals(both, PathFacts.of(CLOSED_SOMEWHERE));
  }
}
