package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What the corpus (JDK only) cannot hold: a stand-in for Caffeine's builder, and Error Prone's
 * own suppression. What the rule reports is the corpus's {@code cases/staticcache} family, run by
 * {@link ErrorProneConformanceTest}.
 */
class UnboundedStaticCacheTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnboundedStaticCache.class, getClass());

  @Test
  void flagsUnboundedCaffeineCacheButNotBoundedOne() {
    helper
        .addSourceLines(
            "Cache.java",
            "package com.github.benmanes.caffeine.cache;",
            "public interface Cache<K, V> {",
            "  V getIfPresent(K key);",
            "  void put(K key, V value);",
            "  void invalidateAll();",
            "}")
        .addSourceLines(
            "Caffeine.java",
            "package com.github.benmanes.caffeine.cache;",
            "public final class Caffeine<K, V> {",
            "  public static Caffeine<Object, Object> newBuilder() { return new Caffeine<>(); }",
            "  public Caffeine<K, V> maximumSize(long size) { return this; }",
            "  public Caffeine<K, V> recordStats() { return this; }",
            "  public <K1 extends K, V1 extends V> Cache<K1, V1> build() { return null; }",
            "}")
        .addSourceLines(
            "Test.java",
            "import com.github.benmanes.caffeine.cache.Cache;",
            "import com.github.benmanes.caffeine.cache.Caffeine;",
            "class Test {",
            "  // BUG: Diagnostic contains: UnboundedStaticCache",
            "  private static final Cache<String, String> UNBOUNDED = Caffeine.newBuilder().recordStats().build();",
            "  private static final Cache<String, String> BOUNDED = Caffeine.newBuilder().maximumSize(10).build();",
            "  private static final Cache<String, String> INVALIDATED = Caffeine.newBuilder().build();",
            "  static void put(String key) {",
            "    UNBOUNDED.put(key, key);",
            "    BOUNDED.put(key, key);",
            "    INVALIDATED.put(key, key);",
            "  }",
            "  static void reset() {",
            "    INVALIDATED.invalidateAll();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void suppressedWithTheRuleName() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "class Test {",
            "  @SuppressWarnings(\"UnboundedStaticCache\")",
            "  private static final List<String> LOG = new ArrayList<>();",
            "  static void log(String s) { LOG.add(s); }",
            "}")
        .doTest();
  }
}
