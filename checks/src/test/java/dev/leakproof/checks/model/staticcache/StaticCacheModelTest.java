package dev.leakproof.checks.model.staticcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaticCacheModelTest {
  private static StaticCollection collection(List<CollectionAdd> adds, boolean removes,
      boolean replaced, boolean escapes, Growth initialGrowth) {
    return new StaticCollection(StaticCollection.staticField("CACHE"), () -> adds, removes,
        replaced, escapes, () -> initialGrowth, () -> false, () -> false);
  }

  private static final CollectionAdd PUT = new CollectionAdd("put", 14, false, false);

  @Test
  void onlyGrowingCollectionNamesTheFirstUnguardedAdd() {
    Optional<String> finding = StaticCacheModel.judge(collection(
        List.of(new CollectionAdd("add", 30, false, false),
            new CollectionAdd("putAll", 9, true, false), PUT),
        false, false, false, Growth.UNBOUNDED));
    assertEquals(Optional.of("static 'CACHE' only grows: put on line 14 adds to it, and nothing"
        + " removes from it, clears, replaces or bounds it, so every entry stays reachable for the"
        + " life of the class loader. Bound it (a cache with maximumSize, an LRU LinkedHashMap) or"
        + " remove entries when they are done"), finding);
  }

  @Test
  void enumKeysBoundItWhateverItsClass() {
    StaticCollection enumKeyed = new StaticCollection(StaticCollection.staticField("LABELS"),
        () -> List.of(PUT), false, false, false, () -> Growth.UNBOUNDED, () -> true, () -> false);
    assertEquals(Optional.empty(), StaticCacheModel.judge(enumKeyed));
  }

  @Test
  void weakKeysBoundItUnlessItsValuesHoldTheirKeys() {
    StaticCollection weak = new StaticCollection(StaticCollection.staticField("METADATA"),
        () -> List.of(PUT), false, false, false, () -> Growth.WEAK_KEYS, () -> false, () -> false);
    assertEquals(Optional.empty(), StaticCacheModel.judge(weak));
    StaticCollection pinned = new StaticCollection(StaticCollection.staticField("METADATA"),
        () -> List.of(PUT), false, false, false, () -> Growth.WEAK_KEYS, () -> false, () -> true);
    assertEquals(Optional.of("static 'METADATA' is a WeakHashMap whose values hold their own keys:"
        + " the map keeps each value strongly and the value keeps its key, so no entry that put on"
        + " line 14 adds is ever cleared. Keep the key out of the value, or hold the value through"
        + " a WeakReference"), StaticCacheModel.judge(pinned));
    StaticCollection unboundedWithKeyFields = new StaticCollection(
        StaticCollection.staticField("CACHE"), () -> List.of(PUT), false, false, false,
        () -> Growth.BOUNDED, () -> false, () -> true);
    assertEquals(Optional.empty(), StaticCacheModel.judge(unboundedWithKeyFields));
  }

  @Test
  void anythingThatCanShrinkOrBoundItIsSilent() {
    List<CollectionAdd> adds = List.of(PUT);
    assertEquals(Optional.empty(), StaticCacheModel.judge(
        collection(List.of(), false, false, false, Growth.UNBOUNDED)));
    assertEquals(Optional.empty(), StaticCacheModel.judge(
        collection(adds, true, false, false, Growth.UNBOUNDED)));
    assertEquals(Optional.empty(), StaticCacheModel.judge(
        collection(adds, false, true, false, Growth.UNBOUNDED)));
    assertEquals(Optional.empty(), StaticCacheModel.judge(
        collection(adds, false, false, true, Growth.UNBOUNDED)));
    for (Growth growth : List.of(Growth.BOUNDED, Growth.UNMODIFIABLE, Growth.UNKNOWN)) {
      assertEquals(Optional.empty(), StaticCacheModel.judge(
          collection(adds, false, false, false, growth)), growth.name());
    }
    assertEquals(Optional.empty(), StaticCacheModel.judge(collection(
        List.of(new CollectionAdd("put", 14, true, false)), false, false, false, Growth.UNBOUNDED)));
  }

  @Test
  void aRegistryFilledThroughItsRegistrationMethodIsSilentButAnotherAddIsReported() {
    CollectionAdd register = new CollectionAdd("put", 9, false, true);
    assertEquals(Optional.empty(), StaticCacheModel.judge(collection(
        List.of(register), false, false, false, Growth.UNBOUNDED)));
    assertEquals(Optional.of("static 'CACHE' only grows: put on line 14 adds to it, and nothing"
        + " removes from it, clears, replaces or bounds it, so every entry stays reachable for the"
        + " life of the class loader. Bound it (a cache with maximumSize, an LRU LinkedHashMap) or"
        + " remove entries when they are done"), StaticCacheModel.judge(collection(
        List.of(register, PUT), false, false, false, Growth.UNBOUNDED)));
  }

  @Test
  void anAddWithABoundedKeyIsSilentButAnotherAddIsReported() {
    CollectionAdd clamped = new CollectionAdd("put", 9, false, false, true);
    assertEquals(Optional.empty(), StaticCacheModel.judge(collection(
        List.of(clamped), false, false, false, Growth.UNBOUNDED)));
    assertTrue(StaticCacheModel.judge(collection(List.of(clamped, PUT), false, false, false,
        Growth.UNBOUNDED)).orElseThrow().contains("put on line 14"));
  }

  @Test
  void singletonSubjectNamesItsHolder() {
    assertEquals("'entries' of the only Registry instance (held in static INSTANCE)",
        StaticCollection.singletonField("entries", "Registry", "static INSTANCE"));
  }

  @Test
  void initOnlyMethodsReachAFixedPointThroughChainsOfPrivateCalls() {
    // <clinit> calls fill(); fill() calls load(); load() is also called from handle(): not init-only.
    // seed() is called only from fill(); unused() is never called.
    Map<String, List<String>> callers = Map.of(
        "fill", List.of("<clinit>"),
        "seed", List.of("fill"),
        "load", List.of("fill", "handle"),
        "unused", List.of());
    Set<String> initOnly = InitOnlyMethods.of(callers,
        (caller, known) -> caller.equals("<clinit>") || known.contains(caller));
    assertEquals(Set.of("fill", "seed"), initOnly);
  }

  @Test
  void aMapOrSetOfAnEnumOrOfAClosedJdkTypeIsKeyedByAClosedDomain() {
    StaticCacheModel.KeyType anEnum = new StaticCacheModel.KeyType(names -> false, () -> true);
    StaticCacheModel.KeyType fileStore = new StaticCacheModel.KeyType(
        names -> names.test("java.nio.file.FileStore"), () -> false);
    StaticCacheModel.KeyType string = new StaticCacheModel.KeyType(
        names -> names.test("java.lang.String"), () -> false);
    assertTrue(StaticCacheModel.keyedByClosedDomain("java.util.HashMap",
        () -> Optional.of(anEnum)));
    assertTrue(StaticCacheModel.keyedByClosedDomain("java.util.Set",
        () -> Optional.of(fileStore)));
    assertFalse(StaticCacheModel.keyedByClosedDomain("java.util.HashMap",
        () -> Optional.of(string)));
    assertFalse(StaticCacheModel.keyedByClosedDomain("java.util.HashMap", Optional::empty));
  }

  @Test
  void aListHoldsAKeyManyTimesSoItsElementTypeIsNotAskedFor() {
    assertFalse(StaticCacheModel.keyedByClosedDomain("java.util.ArrayList", () -> {
      throw new AssertionError("key type asked for");
    }));
  }
}
