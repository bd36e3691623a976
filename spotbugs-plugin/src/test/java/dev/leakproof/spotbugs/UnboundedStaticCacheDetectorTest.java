package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.SpotBugsPlugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The detector on {@code src/test/resources/samples/staticcache} (with stand-ins for Caffeine's
 * builder and cache), compiled at Java 8 (synthetic accessors for nested classes) and 17
 * (nestmates), with and without the local variable table. Lines ending in {@code // flag} must
 * be reported; every other line must stay silent.
 */
@ExtendWith(SpotBugsExtension.class)
class UnboundedStaticCacheDetectorTest {
  private static final Path SAMPLES = Path.of("src/test/resources/samples/staticcache");

  @ParameterizedTest(name = "release {0}, local variable table {1}")
  @CsvSource({"8, true", "8, false", "17, true", "17, false"})
  void reportsExactlyTheMarkedLines(int release, boolean debugInfo, SpotBugsRunner spotbugs)
      throws IOException {
    assertReportsTheMarkedLines("Caches.java", List.of(SAMPLES.resolve("caffeine/Cache.java"),
        SAMPLES.resolve("caffeine/Caffeine.java")), "staticcache", release, debugInfo, spotbugs);
  }

  /**
   * Instance fields of singletons; one assigned in its constructor is reported at that
   * assignment (the {@code putfield}), the others at their declaration.
   */
  @ParameterizedTest(name = "singletons, release {0}, local variable table {1}")
  @CsvSource({"8, true", "8, false", "17, true", "17, false"})
  void reportsExactlyTheMarkedSingletonFields(int release, boolean debugInfo,
      SpotBugsRunner spotbugs) throws IOException {
    assertReportsTheMarkedLines("Singletons.java", List.of(), "singletons", release, debugInfo,
        spotbugs);
  }

  private static void assertReportsTheMarkedLines(String sampleName, List<Path> companions,
      String outputName, int release, boolean debugInfo, SpotBugsRunner spotbugs)
      throws IOException {
    Path sample = SAMPLES.resolve(sampleName);
    List<Path> sources = new java.util.ArrayList<>(companions);
    sources.add(0, sample);
    Path classes = JavaSources.compile(sources, release, debugInfo,
        JavaSources.targetDir().resolve(outputName + "-" + release + (debugInfo ? "-g" : "-nog")));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    assertEquals(List.of(), result.leakproofErrors(), "Leakproof detector errors");
    List<String> lines = Files.readAllLines(sample);
    TreeSet<Integer> expected = IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).trim().endsWith("// flag")).mapToObj(i -> i + 1)
        .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(expected.isEmpty());
    TreeSet<Integer> reported = result.findings().stream()
        .filter(f -> f.rule() == Rule.UNBOUNDED_STATIC_CACHE)
        .peek(f -> assertEquals("samples/staticcache/" + sampleName, f.sourcePath()))
        .map(LeakproofAnalysis.Finding::line)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, reported);
  }

  @ParameterizedTest(name = "release {0}")
  @CsvSource({"8", "17"})
  void namesTheSingletonFieldAndItsHolder(int release, SpotBugsRunner spotbugs) {
    Path classes = JavaSources.compile(List.of(SAMPLES.resolve("Singletons.java")), release,
        true, JavaSources.targetDir().resolve("singletons-detail-" + release));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    LeakproofAnalysis.Finding handlers = result.findings().stream()
        .filter(f -> f.bug().getPrimaryField() != null
            && f.bug().getPrimaryField().getFieldName().equals("handlers"))
        .findFirst().orElseThrow();
    assertFalse(handlers.bug().getPrimaryField().isStatic());
    assertEquals("samples.staticcache.HeldRegistry",
        handlers.bug().getPrimaryClass().getClassName());
    String detail = ((edu.umd.cs.findbugs.StringAnnotation) handlers.bug().getAnnotations()
        .get(SpotBugsPlugin.DETAIL_ANNOTATION)).getValue();
    assertTrue(detail.startsWith("'handlers' of the only HeldRegistry instance (held in static"
        + " INSTANCE) only grows"), detail);
  }

  @ParameterizedTest(name = "release {0}")
  @CsvSource({"8", "17"})
  void reportsTheFieldAtNormalPriority(int release, SpotBugsRunner spotbugs) {
    Path classes = JavaSources.compile(List.of(SAMPLES.resolve("Caches.java"),
        SAMPLES.resolve("caffeine/Cache.java"), SAMPLES.resolve("caffeine/Caffeine.java")),
        release, true, JavaSources.targetDir().resolve("staticcache-detail-" + release));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    LeakproofAnalysis.Finding map = result.findings().stream()
        .filter(f -> f.bug().getPrimaryField() != null
            && f.bug().getPrimaryField().getFieldName().equals("MAP"))
        .findFirst().orElseThrow();
    assertEquals(Rule.UNBOUNDED_STATIC_CACHE.spotBugsType(), map.bug().getType());
    assertEquals(edu.umd.cs.findbugs.Priorities.NORMAL_PRIORITY, map.bug().getPriority());
    assertEquals("samples.staticcache.Grows", map.bug().getPrimaryClass().getClassName());
  }
}
