package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.leakproof.checks.catalog.Rule;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The detector on the samples in {@code src/test/resources/listeners}, compiled at release 8
 * and 17, with and without the local variable table. Lines ending in {@code // flag} must be
 * reported; every other line must stay silent.
 */
@ExtendWith(SpotBugsExtension.class)
class ListenerLeakDetectorTest {
  private static final Path SAMPLES = Path.of("src/test/resources/listeners");

  @ParameterizedTest(name = "release {0}, local variable table {1}")
  @CsvSource({"8, true", "8, false", "17, true", "17, false"})
  void reportsExactlyTheMarkedLines(int release, boolean debugInfo, SpotBugsRunner spotbugs)
      throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Path classes = JavaSources.compile(sources, release, debugInfo,
        JavaSources.targetDir().resolve("listeners-" + release + (debugInfo ? "-g" : "-nog")));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    assertEquals(List.of(), result.leakproofErrors(), "Leakproof detector errors");
    TreeSet<String> expected = JavaSources.markedLines(sources, "listeners");
    assertFalse(expected.isEmpty());
    TreeSet<String> reported = result.findings().stream()
        .filter(f -> f.rule() == Rule.LISTENER_LEAK)
        .map(f -> f.sourcePath() + ":" + f.line())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(String.join("\n", expected), String.join("\n", reported));
  }
}
