package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What only SpotBugs has to see: the corpus's {@code cases/listener} family compiled without the
 * local variable table. What the rule reports is the corpus, run by
 * {@code CorpusConformanceTest}.
 */
@ExtendWith(SpotBugsExtension.class)
class ListenerLeakDetectorTest {
  @ParameterizedTest(name = "release {0}, no local variable table")
  @ValueSource(ints = {8, 17})
  void reportsTheCorpusLinesWithoutTheLocalVariableTable(int release, SpotBugsRunner spotbugs) {
    CorpusFamilyWithoutLocalVariableTable.assertReportsTheMarkedLines(spotbugs, "listener",
        Rule.LISTENER_LEAK, release);
  }
}
