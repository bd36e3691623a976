package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detector on the corpus's {@code outerinstance} family compiled without the local variable
 * table: it must find the same lines from the operand stack alone. At {@code --release 8} javac
 * keeps an anonymous class's {@code this$0} even when unused, at 17 it drops it. The cases
 * themselves live once, in the corpus.
 */
@ExtendWith(SpotBugsExtension.class)
class OuterInstanceRetentionDetectorTest {
  @ParameterizedTest(name = "release {0}, no local variable table")
  @ValueSource(ints = {8, 17})
  void reportsTheCorpusLinesWithoutTheLocalVariableTable(int release, SpotBugsRunner spotbugs) {
    CorpusFamilyWithoutLocalVariableTable.assertReportsTheMarkedLines(spotbugs, "outerinstance",
        Rule.OUTER_INSTANCE_RETENTION, release);
  }
}
