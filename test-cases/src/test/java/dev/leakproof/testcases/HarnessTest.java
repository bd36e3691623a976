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

  /** An engine's finding at {@code path:line} with the sentence {@link #SENTENCE}. */
  private static Reported found(String path, int line) {
    return found(path, line, SENTENCE);
  }

  private static Reported found(String path, int line, String sentence) {
    return new Reported(at(path, line), sentence);
  }

  private static final String SENTENCE = "'s' grows on every iteration";

  private void sentences(String... lines) throws IOException {
    Files.writeString(root.resolve("test-cases/sentences.tsv"),
        "# header\n" + String.join("\n", lines) + "\n");
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
    sentences("a/A.java:2\t" + CONCAT + "\t" + SENTENCE);
    new Conformance(corpus).assertConforms("scanner", List.of(found("a/A.java", 2)));
  }

  @Test
  void missingAndUnexpectedFindingsAreBothReported() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java", "x();\ny(); // expect: " + CONCAT + "\n");
    Conformance.Report report =
        new Conformance(corpus).compare("scanner", List.of(found("a/A.java", 1)));
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
    sentences("a/A.java:2\t" + CONCAT + "\t" + SENTENCE);
    Conformance.Report report =
        new Conformance(corpus).compare("scanner", List.of(found("a/A.java", 2)));
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
        conformance.compare("scanner", List.of(found("a/A.java", 1))).problems().size());
  }

  @Test
  void markersMayCarryAFragmentOfTheSentence() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java",
        "x(); // expect: " + CONCAT + " \"'s' grows, quickly\", UnclosedResource\n");
    assertEquals(List.of(new Corpus.Marker(at("a/A.java", 1), "'s' grows, quickly"),
            new Corpus.Marker(new Expectation("a/A.java", 1, Rule.UNCLOSED_RESOURCE), "")),
        corpus.markers());
  }

  @Test
  void aSentenceOtherThanTheContractsIsReportedWithBoth() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java", "y(); // expect: " + CONCAT + "\n");
    sentences("a/A.java:1\t" + CONCAT + "\t" + SENTENCE);
    Conformance.Report report = new Conformance(corpus)
        .compare("scanner", List.of(found("a/A.java", 1, "something else")));
    assertEquals(1, report.problems().size(), report.describe());
    assertTrue(report.describe().contains("want: " + SENTENCE), report.describe());
    assertTrue(report.describe().contains("got:  something else"), report.describe());
  }

  @Test
  void aFindingWithoutAContractSentenceIsAProblem() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java", "y(); // expect: " + CONCAT + "\n");
    Conformance.Report report =
        new Conformance(corpus).compare("scanner", List.of(found("a/A.java", 1)));
    assertEquals(1, report.problems().size(), report.describe());
    assertTrue(report.problems().get(0).startsWith("no sentence"), report.describe());
  }

  @Test
  void theSentenceMustContainTheMarkersFragment() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java",
        "y(); // expect: " + CONCAT + " \"'t' grows\"\n");
    sentences("a/A.java:1\t" + CONCAT + "\t" + SENTENCE);
    Conformance.Report report =
        new Conformance(corpus).compare("scanner", List.of(found("a/A.java", 1)));
    assertEquals(1, report.problems().size(), report.describe());
    assertTrue(report.describe().contains("fragment \"'t' grows\" is missing"), report.describe());
  }

  @Test
  void aSentenceGapExcusesTheWordsButNotTheFinding() throws IOException {
    Corpus corpus = corpusWith("spotbugs-release8\t" + CONCAT + "\ta/A.java:1#sentence\tno names\n",
        "a/A.java", "y(); // expect: " + CONCAT + "\n");
    sentences("a/A.java:1\t" + CONCAT + "\t" + SENTENCE);
    Conformance conformance = new Conformance(corpus);
    assertTrue(conformance.compare("spotbugs-release8",
        List.of(found("a/A.java", 1, "other words"))).problems().isEmpty());
    Conformance.Report missing = conformance.compare("spotbugs-release8", List.of());
    assertTrue(missing.describe().contains("missing     a/A.java:1"), missing.describe());
    Conformance.Report agreeing =
        conformance.compare("spotbugs-release8", List.of(found("a/A.java", 1)));
    assertTrue(agreeing.describe().contains("stale gap"), agreeing.describe());
  }

  @Test
  void aFalseAlarmGapExcusesOnlyAFindingOnItsSilentLine() throws IOException {
    Corpus corpus = corpusWith(
        "spotbugs-release8\t" + CONCAT + "\ta/A.java:1#false-alarm\tlooks the same in bytecode\n",
        "a/A.java", "x();\ny(); // expect: " + CONCAT + "\n");
    sentences("a/A.java:2\t" + CONCAT + "\t" + SENTENCE);
    Conformance conformance = new Conformance(corpus);
    assertTrue(conformance.compare("spotbugs-release8",
        List.of(found("a/A.java", 1, "whatever it says"), found("a/A.java", 2))).problems()
        .isEmpty());
    Conformance.Report silent =
        conformance.compare("spotbugs-release8", List.of(found("a/A.java", 2)));
    assertTrue(silent.describe().contains("stale gap   a/A.java:1#false-alarm"),
        silent.describe());
    assertTrue(conformance.compare("scanner", List.of(found("a/A.java", 1), found("a/A.java", 2)))
        .describe().contains("unexpected  a/A.java:1"));
    assertEquals(List.of(), conformance.gaps().misplaced(corpus.expectations()));
  }

  @Test
  void aGapOfTheWrongKindForItsLineExcusesNothingAndIsNamed() throws IOException {
    Corpus corpus = corpusWith("scanner\t" + CONCAT + "\ta/A.java:1\tmeant as a false alarm\n"
            + "scanner\t" + CONCAT + "\ta/A.java:2#false-alarm\tmeant as a miss\n",
        "a/A.java", "x();\ny(); // expect: " + CONCAT + "\n");
    Conformance conformance = new Conformance(corpus);
    String report = conformance.compare("scanner", List.of(found("a/A.java", 1))).describe();
    assertTrue(report.contains("unexpected  a/A.java:1"), report);
    assertTrue(report.contains("missing     a/A.java:2"), report);
    List<String> misplaced = conformance.gaps().misplaced(corpus.expectations());
    assertEquals(2, misplaced.size(), misplaced.toString());
    assertTrue(misplaced.get(0).contains("a/A.java:1#false-alarm"), misplaced.toString());
  }

  @Test
  void theUpdateModeWritesTheContractFromAnEngine() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java", "x();\ny(); // expect: " + CONCAT + "\n");
    Sentences.write(corpus.sentencesFile(),
        List.of(found("a/A.java", 2), found("a/A.java", 1, "unexpected one")),
        corpus.expectations(), java.util.Set.of("a/A.java"));
    assertEquals(java.util.Map.of(at("a/A.java", 2), SENTENCE),
        Sentences.read(corpus.sentencesFile()).all());
  }

  @Test
  void aNewerSourceSetIsPartOfTheCorpusExceptForAnOlderRelease() throws IOException {
    Corpus corpus = corpusWith("", "a/A.java", "y(); // expect: " + CONCAT + "\n");
    Path newer = root.resolve("test-cases/src/main/java11/b/B.java");
    Files.createDirectories(newer.getParent());
    Files.writeString(newer, "x();\ny(); // expect: " + CONCAT + "\n");
    sentences("a/A.java:1\t" + CONCAT + "\t" + SENTENCE, "b/B.java:2\t" + CONCAT + "\t" + SENTENCE);

    assertEquals(List.of(at("a/A.java", 1), at("b/B.java", 2)), corpus.expectations());
    assertEquals("b/B.java", corpus.relative(newer));
    assertEquals(java.util.Optional.of(newer), corpus.file("b/B.java"));
    assertEquals(List.of(at("a/A.java", 1)), corpus.upToRelease(8).expectations());
    assertEquals(java.util.Optional.empty(), corpus.upToRelease(8).file("b/B.java"));

    Conformance full = new Conformance(corpus);
    assertTrue(full.compare("spotbugs-release17", List.of(found("a/A.java", 1)))
        .describe().contains("missing     b/B.java:2"));
    assertTrue(full.upToRelease(8).compare("spotbugs-release8", List.of(found("a/A.java", 1)))
        .problems().isEmpty());

    // rewriting the contract from the release-8 view keeps the newer set's sentences
    Sentences.write(corpus.sentencesFile(), List.of(found("a/A.java", 1, "new words")),
        corpus.upToRelease(8).expectations(), java.util.Set.of("a/A.java"));
    assertEquals(java.util.Map.of(at("a/A.java", 1), "new words", at("b/B.java", 2), SENTENCE),
        Sentences.read(corpus.sentencesFile()).all());
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
