package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.testcases.Conformance;
import dev.leakproof.testcases.Corpus;
import dev.leakproof.testcases.Expectation;
import dev.leakproof.testcases.Reported;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SpotBugs engine over the whole conformance corpus: every corpus file compiled with
 * {@code javax.tools} at {@code --release 8} (StringBuilder concatenation; the release-8 source
 * set only) and at {@code --release 17} (invokedynamic; every source set), with {@code -g} as
 * Maven compiles, then analyzed with the plugin as built in {@code target/classes}, with the
 * corpus's source sets as the source folders (SpotBugs' {@code -sourcepath}). Engine ids {@code spotbugs-release8} and
 * {@code spotbugs-release17}.
 */
@ExtendWith(SpotBugsExtension.class)
class CorpusConformanceTest {

  @ParameterizedTest(name = "spotbugs-release{0}")
  @ValueSource(ints = {8, 17})
  void conformsToTheCorpus(int release, SpotBugsRunner spotbugs) {
    // At release 8 only the source sets that compile there (src/main/java).
    Conformance conformance = Conformance.ofThisCheckout().upToRelease(release);
    Corpus corpus = conformance.corpus();
    var classes = JavaSources.compile(corpus.sourceFiles(), release, true,
        JavaSources.targetDir().resolve("corpus-" + release));

    LeakproofAnalysis.Result result =
        LeakproofAnalysis.run(spotbugs, corpus.sourceRoots(), classes);

    // A detector that throws on a method logs "could not analyze" and SpotBugs goes on (as a
    // user's build must), losing only that method's findings; on the corpus it is a bug.
    assertEquals(List.of(), result.leakproofErrors(), result.leakproofErrors().size()
        + " method(s) a Leakproof detector could not analyze on the corpus (method, exception"
        + " and stack trace below)");
    List<Reported> reported = result.findings().stream()
        .map(f -> new Reported(new Expectation(f.sourcePath(), f.line(), f.rule()),
            f.bug().getMessageWithoutPrefix()))
        .toList();
    conformance.assertConforms("spotbugs-release" + release, reported);
  }
}
