package dev.leakproof.checks.model.staticcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaticCollectionTest {
  @Test
  void theInitialiserIsTheInitialValueUnlessInitialisationAssignsAnother() {
    assertEquals(Optional.of("new HashMap<>()"),
        StaticCollection.initialValue(Optional.of("new HashMap<>()"), List.of()));
    assertEquals(Optional.empty(),
        StaticCollection.initialValue(Optional.of("new HashMap<>()"), List.of("new TreeMap<>()")));
  }

  @Test
  void withoutAnInitialiserTheOneAssignmentInInitialisationIs() {
    assertEquals(Optional.of("new HashMap<>()"),
        StaticCollection.initialValue(Optional.empty(), List.of("new HashMap<>()")));
    assertEquals(Optional.empty(), StaticCollection.initialValue(Optional.empty(), List.of()));
    assertEquals(Optional.empty(),
        StaticCollection.initialValue(Optional.empty(), List.of("a", "b")));
  }
}
