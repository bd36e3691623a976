package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.function.ToIntFunction;

/**
 * Caches of parsed trees bounded by the lines of source they hold, not by their number: a tree
 * costs about its file's length (tokens and nodes), so a bound in trees let a few large files
 * fill a 1 GiB heap, and a bound in lines keeps a known amount of trees whatever the files' sizes.
 */
final class TreeLines {
  private TreeLines() {}

  private static final long GIB = 1L << 30;

  /**
   * {@code linesPerGiB} for each whole GiB of the maximum heap, at least once: the bounds were
   * set for a 1 GiB heap (scale.sh), where they keep the full collections few; a larger heap
   * holds more trees, and every tree a cache loses is parsed or copied again (copies of shared
   * trees alone were 16% of a cold scan's samples at the default heap).
   */
  static long perGiBOfHeap(long linesPerGiB) {
    return linesPerGiB * Math.max(1, Runtime.getRuntime().maxMemory() / GIB);
  }

  /** The lines of source {@code unit} was parsed from, at least one. */
  static int of(CompilationUnit unit) {
    return unit.getRange().map(range -> Math.max(1, range.end.line)).orElse(1);
  }

  /**
   * A cache that holds values of at most {@code linesKept} lines together (as {@code lines}
   * tells, at least one each), the least recently used first out, with soft values on top so
   * that a small heap can take them back. One segment, so that the bound is one least-recently-
   * used order (Guava splits the weight between segments otherwise, and a tree longer than a
   * segment's share is never kept), for a cache one worker owns.
   */
  static <K, V> Cache<K, V> boundedCache(long linesKept, ToIntFunction<? super V> lines) {
    return CacheBuilder.newBuilder()
        .concurrencyLevel(1)
        .maximumWeight(linesKept)
        .weigher((K key, V value) -> Math.max(1, lines.applyAsInt(value)))
        .softValues()
        .build();
  }
}
