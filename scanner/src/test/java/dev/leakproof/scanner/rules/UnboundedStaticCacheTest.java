package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the scanner decides, or the corpus (JDK only) cannot hold: the reported column, names
 * resolved from source (an own class named like a JDK one, a shadowing local), a stand-in for
 * Caffeine's builder, and suppression. What the rule reports is the corpus's
 * {@code cases/staticcache} family, run by {@code ScannerConformanceTest}. Each test writes a
 * class whose lines that must be flagged end in {@code // flag}; every other line must stay
 * silent.
 */
class UnboundedStaticCacheTest {
  private static final List<SourceRule> RULE = List.of(new UnboundedStaticCache());

  @TempDir Path dir;

  private List<Finding> scan(String source) {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/T.java", source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    return result.findings();
  }

  private void assertFlags(String source) {
    List<Integer> expected = SourceTree.markedLines(source);
    assertEquals(expected, scan(source).stream().map(f -> f.region().startLine()).toList(),
        source);
  }

  @Test
  void pointsAtTheFieldNameWithAMessageNamingTheAdd() {
    List<Finding> findings = scan("""
        package p;
        import java.util.HashMap;
        import java.util.Map;
        class T {
          private static final Map<String, String> NAMES =
              new HashMap<>();
          static void name(String key) {
            NAMES.computeIfAbsent(key, k -> k.trim());
          }
        }
        """);
    assertEquals(1, findings.size());
    assertEquals(5, findings.get(0).region().startLine());
    assertEquals(44, findings.get(0).region().startColumn());
    assertTrue(findings.get(0).message().contains("computeIfAbsent on line 8"),
        findings.get(0).message());
  }

  @Test
  void flagsUnboundedCachesButNotBoundedOnes() {
    assertFlags("""
        package p;
        import com.github.benmanes.caffeine.cache.Cache;
        import com.github.benmanes.caffeine.cache.Caffeine;
        class T {
          private static final Cache<String, String> UNBOUNDED = Caffeine.newBuilder().recordStats().build(); // flag
          private static final Cache<String, String> BOUNDED = Caffeine.newBuilder().maximumSize(10).build();
          private static final Cache<String, String> INVALIDATED = Caffeine.newBuilder().build();
          static void put(String key) {
            UNBOUNDED.put(key, key);
            BOUNDED.put(key, key);
            INVALIDATED.put(key, key);
          }
          static void reset() {
            INVALIDATED.invalidateAll();
          }
        }
        """);
  }

  @Test
  void silentWhenTheNameMeansSomethingElse() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          static class HashMap<K, V> extends java.util.HashMap<K, V> {}
          private static final Map<String, String> OWN_TYPE = new HashMap<>();
          private static final Map<String, String> SHADOWED = new java.util.HashMap<>();
          static void add(String s) {
            OWN_TYPE.put(s, s);
            Map<String, String> SHADOWED = new java.util.HashMap<>();
            SHADOWED.put(s, s);
          }
        }
        """);
  }

  @Test
  void suppressedWithTheRuleName() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          @SuppressWarnings("UnboundedStaticCache")
          private static final List<String> LOG = new ArrayList<>();
          static void log(String s) { LOG.add(s); }
        }
        """);
  }
}
