package dev.leakproof.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: a conformance check that cannot fail would prove nothing. */
class HarnessTest {
  private static final String CONCAT = "StringConcatInLoop";
  private static final String HEADER = "# engine\trule\tcase\treason\n";

  @TempDir Path root;

  private Corpus corpusWith(String gaps, String... fileAndText) throws IOException {
    Path src = root.resolve("test-cases/src/main/java");
    Files.createDirectories(src);
    for (int i = 0; i < fileAndText.length; i += 2) {
      Path file = src.resolve(fileAndText[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, fileAndText[i + 1]);
    }
    Files.writeString(root.resolve("test-cases/known-gaps.tsv"), HEADER + gaps);
    return Corpus.at(root);
  }

  private static Expectation at(String path, int line) {
    return new Expectation(path, line, Rule.STRING_CONCAT_IN_LOOP);
  }

  @Test
  void markersNameOneOrMoreRulesAtTheEndOfALine() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java",
        "class A {\n  x(); // expect: " + CONCAT + "\n  y(); // expect: UnclosedResource, "
            + CONCAT + "\n  // expect: is prose here, not a marker: z();\n}\n");
    assertEquals(
        List.of(at("a/A.java", 2),
            new Expectation("a/A.java", 3, Rule.UNCLOSED_RESOURCE), at("a/A.java", 3)),
        corpus.expectations());
  }

  @Test
  void aMarkerNamingAnUnknownRuleIsAnError() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java", "x(); // expect: NoSuchRule\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, corpus::expectations);
    assertTrue(e.getMessage().contains("NoSuchRule"), e.getMessage());
  }

  @Test
  void exactAgreementConforms() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java", "x();\ny(); // expect: " + CONCAT + "\n");
    new Conformance(corpus).assertConforms("scanner", List.of(at("a/A.java", 2)));
  }

  @Test
  void missingAndUnexpectedFindingsAreBothReported() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java", "x();\ny(); // expect: " + CONCAT + "\n");
    Conformance.Report report =
        new Conformance(corpus).compare("scanner", List.of(at("a/A.java", 1)));
    assertEquals(2, report.problems().size(), report.describe());
    assertTrue(report.describe().contains("missing     a/A.java:2"), report.describe());
    assertTrue(report.describe().contains("unexpected  a/A.java:1"), report.describe());
    assertThrows(AssertionError.class,
        () -> new Conformance(corpus).assertConforms("scanner", List.of()));
  }

  @Test
  void aKnownGapExcusesOnlyItsEngineAndCase() throws IOException {
    Corpus corpus = corpusWith("scanner\t" + CONCAT + "\ta/A.java:2\tneeds types\n",
        "a/A.java", "x();\ny(); // expect: " + CONCAT + "\n");
    Conformance conformance = new Conformance(corpus);
    assertTrue(conformance.compare("scanner", List.of()).problems().isEmpty());
    assertFalse(conformance.compare("errorprone", List.of()).problems().isEmpty());
  }

  @Test
  void aGapThatNoLongerAppliesIsStale() throws IOException {
    Corpus corpus = corpusWith("scanner\t" + CONCAT + "\ta/A.java:2\tneeds types\n",
        "a/A.java", "x();\ny(); // expect: " + CONCAT + "\n");
    Conformance.Report report =
        new Conformance(corpus).compare("scanner", List.of(at("a/A.java", 2)));
    assertEquals(1, report.problems().size(), report.describe());
    assertTrue(report.problems().get(0).startsWith("stale gap"), report.describe());
  }

  @Test
  void aRuleTheEngineDoesNotImplementIsNotExpectedButMayNotBeReported() throws IOException {
    Corpus corpus = corpusWith("scanner\t" + CONCAT + "\t*\tnot yet\n",
        "a/A.java", "y(); // expect: " + CONCAT + "\n");
    Conformance conformance = new Conformance(corpus);
    assertFalse(conformance.rulesOf("scanner").contains(Rule.STRING_CONCAT_IN_LOOP));
    assertTrue(conformance.compare("scanner", List.of()).problems().isEmpty());
    assertEquals(1,
        conformance.compare("scanner", List.of(at("a/A.java", 1))).problems().size());
  }

  @Test
  void malformedGapLinesAreRejectedWithTheirLineNumber() throws IOException {
    corpusWith("scanner\t" + CONCAT + "\t*\n");
    IllegalStateException noReason = assertThrows(IllegalStateException.class,
        () -> KnownGaps.read(root.resolve("test-cases/known-gaps.tsv")));
    assertTrue(noReason.getMessage().contains(":2:"), noReason.getMessage());

    corpusWith("javac\t" + CONCAT + "\t*\twhy\n");
    assertThrows(IllegalStateException.class,
        () -> KnownGaps.read(root.resolve("test-cases/known-gaps.tsv")));
  }
}
