package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.testcases.Conformance;
import dev.leakproof.testcases.Corpus;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detector on the corpus's {@code outerinstance} family compiled without the local variable
 * table, the bytecode shape {@link CorpusConformanceTest} (which compiles with {@code -g}) does
 * not see: the detector must find the same lines from the operand stack alone. At
 * {@code --release 8} javac keeps an anonymous class's {@code this$0} even when unused, at 17 it
 * drops it. The cases themselves live once, in the corpus.
 */
@ExtendWith(SpotBugsExtension.class)
class OuterInstanceRetentionDetectorTest {
  @ParameterizedTest(name = "release {0}, no local variable table")
  @ValueSource(ints = {8, 17})
  void reportsTheCorpusLinesWithoutTheLocalVariableTable(int release, SpotBugsRunner spotbugs) {
    Corpus corpus = Conformance.ofThisCheckout().corpus();
    List<Path> family = corpus.sourceFiles().stream()
        .filter(file -> corpus.relative(file).startsWith("cases/outerinstance/"))
        .toList();
    Path classes = JavaSources.compile(family, release, false,
        JavaSources.targetDir().resolve("outer-corpus-" + release + "-nog"));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    assertEquals(List.of(), result.leakproofErrors(), "Leakproof detector errors");
    TreeSet<String> expected = family.stream()
        .flatMap(file -> corpus.expectationsIn(file).stream())
        .filter(e -> e.rule() == Rule.OUTER_INSTANCE_RETENTION)
        .map(e -> e.path() + ":" + e.line())
        .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(expected.isEmpty());
    TreeSet<String> reported = result.findings().stream()
        .filter(f -> f.rule() == Rule.OUTER_INSTANCE_RETENTION)
        .map(f -> f.sourcePath() + ":" + f.line())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(String.join("\n", expected), String.join("\n", reported));
  }
}
