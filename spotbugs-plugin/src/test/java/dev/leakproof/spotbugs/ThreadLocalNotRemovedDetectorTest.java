package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detector on the corpus's {@code threadlocal} family compiled without the local variable
 * table: the saved previous values and owner flags the detector follows are then only stack
 * slots. The cases themselves live once, in the corpus.
 */
@ExtendWith(SpotBugsExtension.class)
class ThreadLocalNotRemovedDetectorTest {
  @ParameterizedTest(name = "release {0}, no local variable table")
  @ValueSource(ints = {8, 17})
  void reportsTheCorpusLinesWithoutTheLocalVariableTable(int release, SpotBugsRunner spotbugs) {
    CorpusFamilyWithoutLocalVariableTable.assertReportsTheMarkedLines(spotbugs, "threadlocal",
        Rule.THREAD_LOCAL_NOT_REMOVED, release);
  }
}
