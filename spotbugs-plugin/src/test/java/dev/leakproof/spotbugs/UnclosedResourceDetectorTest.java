package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.testcases.Corpus;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What SpotBugs alone needs: the corpus's {@code resource} family without the local variable
 * table, and the bug's own type, priority, rank and class. What the rule reports, with its
 * sentences, is the corpus, run by {@link CorpusConformanceTest}.
 */
@ExtendWith(SpotBugsExtension.class)
class UnclosedResourceDetectorTest {
  @ParameterizedTest(name = "release {0}, no local variable table")
  @ValueSource(ints = {8, 17})
  void reportsTheCorpusLinesWithoutTheLocalVariableTable(int release, SpotBugsRunner spotbugs) {
    CorpusFamilyWithoutLocalVariableTable.assertReportsTheMarkedLines(spotbugs, "resource",
        Rule.UNCLOSED_RESOURCE, release);
  }

  @ParameterizedTest(name = "release {0}")
  @ValueSource(ints = {8, 17})
  void reportsAVisibleBugOfTheRulesType(int release, SpotBugsRunner spotbugs) {
    Path source = Corpus.locate().sourceRoot()
        .resolve("cases/resource/LeakedOnSomePathInEveryShape.java");
    Path classes = JavaSources.compile(List.of(source), release, true,
        JavaSources.targetDir().resolve("resource-detail-" + release));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    LeakproofAnalysis.Finding neverClosed = result.findings().stream()
        .filter(f -> f.rule() == Rule.UNCLOSED_RESOURCE)
        .filter(f -> f.bug().getPrimaryMethod().getMethodName().equals("neverClosed"))
        .findFirst().orElseThrow(() -> new AssertionError("no finding in neverClosed"));
    assertEquals(Rule.UNCLOSED_RESOURCE.spotBugsType(), neverClosed.bug().getType());
    assertEquals(Priorities.NORMAL_PRIORITY, neverClosed.bug().getPriority());
    assertEquals("cases.resource.LeakedOnSomePathInEveryShape",
        neverClosed.bug().getPrimaryClass().getClassName());
    assertTrue(neverClosed.bug().getBugRank() <= 20,
        "visible rank, got " + neverClosed.bug().getBugRank());
  }
}
