package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.testcases.Conformance;
import dev.leakproof.testcases.Corpus;
import dev.leakproof.testcases.Expectation;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One family of the corpus compiled without the local variable table ({@code -g:none}), the
 * bytecode shape {@link CorpusConformanceTest} (which compiles with {@code -g}, as Maven does)
 * does not see: a detector must find the same lines from the operand stack alone. The known gaps
 * of {@code spotbugs-release<N>} apply as in the conformance test.
 */
final class CorpusFamilyWithoutLocalVariableTable {
  private CorpusFamilyWithoutLocalVariableTable() {}

  /** Asserts that {@code rule} reports exactly the lines the family {@code cases/<family>/} expects. */
  static void assertReportsTheMarkedLines(SpotBugsRunner spotbugs, String family, Rule rule,
      int release) {
    Conformance conformance = Conformance.ofThisCheckout().upToRelease(release);
    Corpus corpus = conformance.corpus();
    String engine = "spotbugs-release" + release;
    // The family, with the stand-ins outside cases/ (DI annotations under their real names).
    List<Path> sources = corpus.sourceFiles().stream()
        .filter(file -> corpus.relative(file).startsWith("cases/" + family + "/")
            || !corpus.relative(file).startsWith("cases/"))
        .toList();
    Path classes = JavaSources.compile(sources, release, false,
        JavaSources.targetDir().resolve(family + "-corpus-" + release + "-nog"));

    // With the sources, as the whole-corpus test runs it: only the local variable table differs.
    LeakproofAnalysis.Result result =
        LeakproofAnalysis.run(spotbugs, corpus.sourceRoots(), classes);

    assertEquals(List.of(), result.leakproofErrors(), "Leakproof detector errors");
    TreeSet<String> expected = sources.stream()
        .flatMap(file -> corpus.expectationsIn(file).stream())
        .filter(e -> e.rule() == rule && conformance.gaps().gapFor(engine, e).isEmpty())
        .map(CorpusFamilyWithoutLocalVariableTable::line)
        .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(expected.isEmpty());
    TreeSet<String> reported = result.findings().stream()
        .filter(f -> f.rule() == rule)
        .map(f -> new Expectation(f.sourcePath(), f.line(), f.rule()))
        .filter(e -> expected.contains(line(e)) || conformance.gaps().gapFor(engine, e).isEmpty())
        .map(CorpusFamilyWithoutLocalVariableTable::line)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(String.join("\n", expected), String.join("\n", reported));
  }

  private static String line(Expectation e) {
    return e.path() + ":" + e.line();
  }
}
