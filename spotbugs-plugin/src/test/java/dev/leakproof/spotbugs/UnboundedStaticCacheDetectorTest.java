package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.SpotBugsPlugin;
import dev.leakproof.testcases.Corpus;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.StringAnnotation;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What SpotBugs alone needs: the corpus's {@code staticcache} family without the local variable
 * table, Caffeine through stand-ins (the corpus holds JDK code only), and the bug's own fields
 * (primary field and class, priority, the detail annotation). What the rule reports is the
 * corpus, run by {@link CorpusConformanceTest}.
 */
@ExtendWith(SpotBugsExtension.class)
class UnboundedStaticCacheDetectorTest {
  private static final Path SAMPLES = Path.of("src/test/resources/samples/staticcache");
  private static final Corpus CORPUS = Corpus.locate();

  @ParameterizedTest(name = "release {0}, no local variable table")
  @ValueSource(ints = {8, 17})
  void reportsTheCorpusLinesWithoutTheLocalVariableTable(int release, SpotBugsRunner spotbugs) {
    CorpusFamilyWithoutLocalVariableTable.assertReportsTheMarkedLines(spotbugs, "staticcache",
        Rule.UNBOUNDED_STATIC_CACHE, release);
  }

  @ParameterizedTest(name = "release {0}")
  @ValueSource(ints = {8, 17})
  void reportsAnUnboundedCaffeineCacheOnly(int release, SpotBugsRunner spotbugs)
      throws IOException {
    List<Path> sources = List.of(SAMPLES.resolve("CaffeineCaches.java"),
        SAMPLES.resolve("caffeine/Cache.java"), SAMPLES.resolve("caffeine/Caffeine.java"));
    Path classes = JavaSources.compile(sources, release, true,
        JavaSources.targetDir().resolve("caffeine-" + release));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    assertEquals(List.of(), result.leakproofErrors(), "Leakproof detector errors");
    TreeSet<String> expected = JavaSources.markedLines(sources, "samples/staticcache");
    assertFalse(expected.isEmpty());
    TreeSet<String> reported = result.findings().stream()
        .filter(f -> f.rule() == Rule.UNBOUNDED_STATIC_CACHE)
        .map(f -> f.sourcePath() + ":" + f.line())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(String.join("\n", expected), String.join("\n", reported));
  }

  @ParameterizedTest(name = "release {0}")
  @ValueSource(ints = {8, 17})
  void namesTheSingletonFieldAndItsHolder(int release, SpotBugsRunner spotbugs) {
    LeakproofAnalysis.Finding fromNested = findingOnField(spotbugs, release,
        "SingletonInstanceFieldsThatGrow", "fromNested");

    assertFalse(fromNested.bug().getPrimaryField().isStatic());
    assertEquals("cases.staticcache.SingletonInstanceFieldsThatGrow$Held",
        fromNested.bug().getPrimaryClass().getClassName());
    String detail = ((StringAnnotation) fromNested.bug().getAnnotations()
        .get(SpotBugsPlugin.DETAIL_ANNOTATION)).getValue();
    assertTrue(detail.startsWith("'fromNested' of the only Held instance (held in static"
        + " INSTANCE) only grows"), detail);
  }

  @ParameterizedTest(name = "release {0}")
  @ValueSource(ints = {8, 17})
  void reportsTheStaticFieldAtNormalPriority(int release, SpotBugsRunner spotbugs) {
    LeakproofAnalysis.Finding map = findingOnField(spotbugs, release,
        "EveryAddingCallFromEveryPlace", "MAP");

    assertEquals(Rule.UNBOUNDED_STATIC_CACHE.spotBugsType(), map.bug().getType());
    assertEquals(Priorities.NORMAL_PRIORITY, map.bug().getPriority());
    assertEquals("cases.staticcache.EveryAddingCallFromEveryPlace",
        map.bug().getPrimaryClass().getClassName());
  }

  /** The finding on {@code field} of the corpus case {@code cases/staticcache/<caseName>.java}. */
  private static LeakproofAnalysis.Finding findingOnField(SpotBugsRunner spotbugs, int release,
      String caseName, String field) {
    Path source = CORPUS.sourceRoot().resolve("cases/staticcache/" + caseName + ".java");
    Path classes = JavaSources.compile(List.of(source), release, true,
        JavaSources.targetDir().resolve(caseName + "-detail-" + release));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    return result.findings().stream()
        .filter(f -> f.bug().getPrimaryField() != null
            && f.bug().getPrimaryField().getFieldName().equals(field))
        .findFirst().orElseThrow();
  }
}
