package dev.leakproof.buildtools.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.testcases.Corpus;
import dev.leakproof.testcases.Expectation;
import dev.leakproof.testcases.KnownGaps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage block must show each kind of known-gaps line the way a reader needs it. */
class RenderingsTest {
  private static final Rule RULE = Rule.STRING_CONCAT_IN_LOOP;

  private final Corpus corpus = Corpus.locate();

  @TempDir
  Path dir;

  @Test
  void wholeRuleGapSaysTheEngineDoesNotReportTheRuleAndWhy() throws IOException {
    List<String> block = coverage("errorprone\t" + RULE.ruleName() + "\t*\tnot yet (issue 9)");
    assertTrue(block.contains("| Error Prone plugin, in javac (`errorprone`) | no: not yet (issue 9) |"),
        String.join("\n", block));
    assertTrue(block.contains("| Source scanner and its Checkstyle adapter (`scanner`) | yes |"));
  }

  @Test
  void caseGapOnAnExpectedLineIsAMissAndLinksToThatLine() throws IOException {
    Expectation expected = corpus.expectations().stream().filter(e -> e.rule() == RULE)
        .findFirst().orElseThrow();
    String caseId = expected.path() + ":" + expected.line();
    List<String> block = coverage("scanner\t" + RULE.ruleName() + "\t" + caseId + "\tsees no types");
    assertTrue(block.contains("- `scanner` misses [`" + caseId + "`](../../test-cases/src/main/java/"
        + expected.path() + "#L" + expected.line() + "): sees no types"), String.join("\n", block));
    assertFalse(block.stream().anyMatch(l -> l.startsWith("Known gaps: none")));
  }

  @Test
  void caseGapOnASilentLineIsAFalsePositive() throws IOException {
    String caseId = "cases/concat/StringBuilderInLoop.java:9";
    List<String> block = coverage(
        "spotbugs-release8\t" + RULE.ruleName() + "\t" + caseId + "#false-alarm\tjavac 8 lowering");
    assertTrue(block.stream().anyMatch(l -> l.startsWith("- `spotbugs-release8` wrongly reports [`"
        + caseId + "`]")), String.join("\n", block));
  }

  @Test
  void noGapsForAnImplementedRuleSaysSo() throws IOException {
    List<String> block = coverage("");
    assertTrue(block.stream().anyMatch(l -> l.startsWith("Known gaps: none.")), String.join("\n", block));
  }

  private List<String> coverage(String gapLine) throws IOException {
    Path file = dir.resolve("known-gaps.tsv");
    Files.writeString(file, "# test\n" + gapLine + "\n");
    return new Renderings(corpus, KnownGaps.read(file)).coverage(RULE);
  }
}
