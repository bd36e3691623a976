package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.CollectionApis.Effect;
import dev.leakproof.checks.knowledge.CollectionApis.Factory;
import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CollectionApisTest {

  @ParameterizedTest
  @ValueSource(strings = {"java.util.Map", "java.util.concurrent.ConcurrentMap", "java.util.List",
      "java.util.Deque", "java.util.HashMap", "java.util.ArrayList", "java.util.WeakHashMap",
      "java.util.concurrent.LinkedBlockingQueue", "com.google.common.collect.Multimap",
      "com.github.benmanes.caffeine.cache.Cache", "com.google.common.cache.LoadingCache"})
  void judgesCollectionMapAndCacheFields(String type) {
    assertTrue(CollectionApis.isCollectionType(type), type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"java.lang.String", "java.lang.Object", "java.util.Optional",
      "java.lang.Iterable", "java.util.Map.Entry", "java.util.BitSet", "java.lang.ThreadLocal"})
  void leavesOtherTypesAlone(String type) {
    assertFalse(CollectionApis.isCollectionType(type), type);
  }

  @ParameterizedTest
  @CsvSource({
      "java.util.HashMap, UNBOUNDED",
      "java.util.TreeMap, UNBOUNDED",
      "java.util.concurrent.ConcurrentHashMap, UNBOUNDED",
      "java.util.ArrayDeque, UNBOUNDED",
      "java.util.concurrent.CopyOnWriteArrayList, UNBOUNDED",
      "java.util.WeakHashMap, WEAK_KEYS",
      "java.util.EnumMap, BOUNDED",
      "java.util.concurrent.ArrayBlockingQueue, BOUNDED",
      "java.lang.Object, UNKNOWN",
      "com.example.MyMap, UNKNOWN"})
  void growthOfNewCollections(String type, Growth expected) {
    assertEquals(expected, CollectionApis.constructed(type, List.of()));
  }

  @Test
  void initialCapacityDoesNotBoundAHashMapButCapacityBoundsABlockingQueue() {
    assertEquals(Growth.UNBOUNDED, CollectionApis.constructed("java.util.HashMap", List.of("int")));
    String queue = "java.util.concurrent.LinkedBlockingQueue";
    assertEquals(Growth.UNBOUNDED, CollectionApis.constructed(queue, List.of()));
    assertEquals(Growth.BOUNDED, CollectionApis.constructed(queue, List.of("int")));
    assertEquals(Growth.UNBOUNDED,
        CollectionApis.constructed(queue, List.of("java.util.Collection")));
    assertEquals(Growth.UNKNOWN, CollectionApis.constructed(queue, null),
        "without parameter types a queue's capacity is unknown");
  }

  @Test
  void factories() {
    Map<Factory, List<String>> cases = Map.of(
        Factory.WRAPS_FIRST_ARGUMENT, List.of("java.util.Collections.synchronizedMap",
            "java.util.Collections.synchronizedList", "java.util.Collections.newSetFromMap"),
        Factory.UNMODIFIABLE, List.of("java.util.Collections.unmodifiableMap",
            "java.util.Collections.emptyList", "java.util.Map.of", "java.util.List.copyOf",
            "java.util.Arrays.asList", "com.google.common.collect.ImmutableMap.of"),
        Factory.NEW_UNBOUNDED, List.of("com.google.common.collect.Maps.newHashMap",
            "com.google.common.collect.Lists.newArrayList",
            "com.google.common.collect.HashMultimap.create"),
        Factory.NEW_BOUNDED, List.of("java.util.EnumSet.noneOf"),
        Factory.CACHE_BUILDER, List.of("com.github.benmanes.caffeine.cache.Caffeine.newBuilder",
            "com.google.common.cache.CacheBuilder.newBuilder"),
        Factory.UNKNOWN, List.of("java.util.Collections.sort", "com.example.Caches.newMap",
            "com.google.common.cache.CacheBuilder.from"));
    cases.forEach((expected, calls) -> {
      for (String call : calls) {
        int dot = call.lastIndexOf('.');
        assertEquals(expected,
            CollectionApis.factory(call.substring(0, dot), call.substring(dot + 1), List.of()),
            call);
      }
    });
    assertEquals(Growth.UNBOUNDED, Factory.NEW_UNBOUNDED.growth());
    assertEquals(Growth.BOUNDED, Factory.NEW_BOUNDED.growth());
    assertEquals(Growth.UNMODIFIABLE, Factory.UNMODIFIABLE.growth());
    assertEquals(Growth.UNKNOWN, Factory.WRAPS_FIRST_ARGUMENT.growth());
    String queues = "com.google.common.collect.Queues";
    assertEquals(Factory.NEW_BOUNDED,
        CollectionApis.factory(queues, "newLinkedBlockingQueue", List.of("int")));
    assertEquals(Factory.NEW_UNBOUNDED,
        CollectionApis.factory(queues, "newLinkedBlockingQueue", List.of()));
    assertEquals(Factory.UNKNOWN, CollectionApis.factory(queues, "newLinkedBlockingQueue", null));
  }

  @ParameterizedTest
  @CsvSource({
      "put, ADDS", "putAll, ADDS", "putIfAbsent, ADDS", "computeIfAbsent, ADDS", "compute, ADDS",
      "merge, ADDS", "add, ADDS", "addAll, ADDS", "offer, ADDS", "push, ADDS", "addFirst, ADDS",
      "addLast, ADDS", "offerFirst, ADDS", "offerLast, ADDS",
      "remove, REMOVES", "removeIf, REMOVES", "removeAll, REMOVES", "retainAll, REMOVES",
      "clear, REMOVES", "poll, REMOVES", "pollFirst, REMOVES", "pollLastEntry, REMOVES",
      "pop, REMOVES", "take, REMOVES", "drainTo, REMOVES", "removeFirst, REMOVES",
      "computeIfPresent, REMOVES",
      "keySet, VIEW", "values, VIEW", "entrySet, VIEW", "subList, VIEW", "headMap, VIEW",
      "iterator, ITERATOR", "listIterator, ITERATOR",
      "size, SIZE",
      "get, READS", "containsKey, READS", "getOrDefault, READS", "forEach, READS", "stream, READS",
      "set, READS", "replace, READS", "peekLast, READS"})
  void effectsOfCallsOnCollections(String method, Effect expected) {
    assertEquals(expected, CollectionApis.effectOf(method));
  }

  @ParameterizedTest
  @CsvSource({"put, ADDS", "get, ADDS", "getUnchecked, ADDS", "getAll, ADDS",
      "getIfPresent, READS", "invalidate, REMOVES", "invalidateAll, REMOVES", "asMap, VIEW",
      "estimatedSize, SIZE", "cleanUp, READS"})
  void effectsOfCallsOnCaches(String method, Effect expected) {
    assertEquals(expected, CollectionApis.cacheEffectOf(method));
  }

  @Test
  void knowsCollectionsFactoriesAndBuildersOnly() {
    for (String type : List.of("java.util.HashMap", "java.util.Collections", "java.util.Map",
        "java.util.concurrent.LinkedBlockingQueue", "com.google.common.collect.Maps",
        "com.google.common.collect.ImmutableList", "com.google.common.cache.CacheBuilder")) {
      assertTrue(CollectionApis.knows(type), type);
    }
    for (String type : List.of("java.util.Objects", "java.lang.String", "com.example.HashMap")) {
      assertFalse(CollectionApis.knows(type), type);
    }
  }

  @Test
  void cacheBuildersAndTheirBounds() {
    assertTrue(CollectionApis.isCacheBuilder("com.github.benmanes.caffeine.cache.Caffeine"));
    assertTrue(CollectionApis.isCacheType("com.google.common.cache.Cache"));
    assertFalse(CollectionApis.isCacheType("java.util.Map"));
    for (String bound : List.of("maximumSize", "maximumWeight", "expireAfterWrite",
        "expireAfterAccess", "weakKeys", "softValues")) {
      assertTrue(CollectionApis.isCacheBound(bound), bound);
    }
    for (String notABound : List.of("recordStats", "initialCapacity", "build",
        "refreshAfterWrite", "executor")) {
      assertFalse(CollectionApis.isCacheBound(notABound), notABound);
    }
  }

  @Test
  void aZeroArgumentRemoveMayBeAnIteratorsRemove() {
    assertTrue(CollectionApis.mayRemoveThroughIterator("remove", 0, () -> false));
    assertFalse(CollectionApis.mayRemoveThroughIterator("remove", 1, () -> false));
    assertFalse(CollectionApis.mayRemoveThroughIterator("next", 0, () -> false));
  }

  @Test
  void aRemoveThatReturnsAValueIsAQueuesNotAnIterators() {
    assertFalse(CollectionApis.mayRemoveThroughIterator("remove", 0, () -> true));
  }
}
