package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Paths;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Resource;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The detector on small samples ({@code src/test/resources/resources/samples}): leaks, and the
 * look-alikes a naive rule flags (try-with-resources in every shape, {@code finally}, returned,
 * stored, passed away, in-memory streams), compiled at Java 8 and 17, with and without the local
 * variable table. Lines ending in {@code // flag} must be reported; every other line must stay
 * silent.
 */
@ExtendWith(SpotBugsExtension.class)
class UnclosedResourceDetectorTest {
  private static final Path SAMPLES = Path.of("src/test/resources/resources/samples");
  private static final List<Path> SOURCES =
      List.of(SAMPLES.resolve("Leaks.java"), SAMPLES.resolve("NoLeaks.java"));

  @ParameterizedTest(name = "release {0}, local variable table {1}")
  @CsvSource({"8, true", "8, false", "17, true", "17, false"})
  void reportsExactlyTheMarkedLines(int release, boolean debugInfo, SpotBugsRunner spotbugs)
      throws IOException {
    LeakproofAnalysis.Result result = analyze(release, debugInfo, spotbugs);

    assertEquals(List.of(), result.leakproofErrors(), "Leakproof detector errors");
    TreeSet<String> expected = JavaSources.markedLines(SOURCES, "samples");
    assertFalse(expected.isEmpty());
    TreeSet<String> reported = result.findings().stream()
        .filter(f -> f.rule() == Rule.UNCLOSED_RESOURCE)
        .map(f -> f.sourcePath() + ":" + f.line())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(String.join("\n", expected), String.join("\n", reported));
  }

  @ParameterizedTest(name = "release {0}")
  @CsvSource({"8", "17"})
  void saysWhichCallLeaksWhenOnlyTheExceptionPathLeaks(int release, SpotBugsRunner spotbugs) {
    LeakproofAnalysis.Result result = analyze(release, true, spotbugs);

    assertEquals(closedButNotIf("FileInputStream", "in", "`read()`"),
        message(result, "closedOnlyOnNormalPath"));
    assertEquals(closedButNotIf("FileInputStream", "in", "`read()`"),
        message(result, "caughtButNotClosed"));
    // a leaks if opening b throws; b leaks if a.close() throws.
    assertEquals(Set.of(closedButNotIf("FileInputStream", "a", "`new FileInputStream(…)`"),
        closedButNotIf("FileInputStream", "b", "`close()`")),
        messages(result, "closedOneAfterTheOther"));
    // The call that declares a checked exception, not System.nanoTime() before it; else the
    // first call on the resource, not Integer.parseInt(..).
    assertEquals(closedButNotIf("BufferedInputStream", "in", "`read()`"), message(result, "copied"));
    assertEquals(closedButNotIf("ZipFile", "zip", "`size()`"), message(result, "entries"));
    assertEquals(notClosed("FileInputStream", "in"), message(result, "neverClosed"));
    assertEquals(notClosed("FileInputStream", "in"), message(result, "earlyReturn"));
    LeakproofAnalysis.Finding first = finding(result, "neverClosed");
    assertEquals(Rule.UNCLOSED_RESOURCE.spotBugsType(), first.bug().getType());
    assertEquals(Priorities.NORMAL_PRIORITY, first.bug().getPriority());
    assertEquals("samples.Leaks", first.bug().getPrimaryClass().getClassName());
    assertTrue(first.bug().getBugRank() <= 20, "visible rank, got " + first.bug().getBugRank());
  }

  private static LeakproofAnalysis.Result analyze(int release, boolean debugInfo, SpotBugsRunner spotbugs) {
    Path classes = JavaSources.compile(SOURCES, release, debugInfo,
        JavaSources.targetDir().resolve("resource-samples-" + release + (debugInfo ? "-g" : "-nog")));
    return LeakproofAnalysis.run(spotbugs, classes);
  }

  private static LeakproofAnalysis.Finding finding(LeakproofAnalysis.Result result, String method) {
    return result.findings().stream()
        .filter(f -> f.rule() == Rule.UNCLOSED_RESOURCE)
        .filter(f -> f.bug().getPrimaryMethod().getMethodName().equals(method))
        .findFirst().orElseThrow(() -> new AssertionError("no finding in " + method));
  }

  private static String message(LeakproofAnalysis.Result result, String method) {
    return message(finding(result, method));
  }

  private static Set<String> messages(LeakproofAnalysis.Result result, String method) {
    return result.findings().stream()
        .filter(f -> f.rule() == Rule.UNCLOSED_RESOURCE)
        .filter(f -> f.bug().getPrimaryMethod().getMethodName().equals(method))
        .map(UnclosedResourceDetectorTest::message)
        .collect(Collectors.toSet());
  }

  /** What SpotBugs shows for the finding: its LongDescription, formatted. */
  private static String message(LeakproofAnalysis.Finding finding) {
    return finding.bug().getMessageWithoutPrefix();
  }

  /** The model's sentence, which the detector must say word for word. */
  private static String closedButNotIf(String type, String variable, String call) {
    return UnclosedResourceModel.judge(new Resource(type, variable),
        new Paths(false, true, true, call)).sentence();
  }

  private static String notClosed(String type, String variable) {
    return UnclosedResourceModel.judge(new Resource(type, variable),
        new Paths(true, false, false, null)).sentence();
  }
}
