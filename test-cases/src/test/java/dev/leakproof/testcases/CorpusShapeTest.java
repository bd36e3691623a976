package dev.leakproof.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The corpus as a whole: every rule has its package, enough cases, and look-alikes as well as
 * positives; every known gap points at a real case, of the kind its line allows.
 */
class CorpusShapeTest {
  /** The floor: at least this many cases (files) per rule. */
  private static final int MIN_CASES = 15;

  private final Corpus corpus = Corpus.locate();

  /** Corpus package of each rule. */
  static final Map<Rule, String> PACKAGES = Map.of(
      Rule.STRING_CONCAT_IN_LOOP, "cases/concat/",
      Rule.UNCLOSED_RESOURCE, "cases/resource/",
      Rule.UNBOUNDED_STATIC_CACHE, "cases/staticcache/",
      Rule.LISTENER_LEAK, "cases/listener/",
      Rule.OUTER_INSTANCE_RETENTION, "cases/outerinstance/",
      Rule.THREAD_LOCAL_NOT_REMOVED, "cases/threadlocal/");

  @Test
  void everyRuleHasEnoughPositivesAndLookAlikes() {
    List<String> shortfalls = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      String pkg = PACKAGES.get(rule);
      List<Path> files = corpus.sourceFiles().stream()
          .filter(f -> corpus.relative(f).startsWith(pkg)).toList();
      long positives = files.stream()
          .filter(f -> corpus.expectationsIn(f).stream().anyMatch(e -> e.rule() == rule))
          .count();
      long lookAlikes = files.stream().filter(f -> corpus.expectationsIn(f).isEmpty()).count();
      if (files.size() < MIN_CASES || positives < files.size() / 3 || lookAlikes < files.size() / 3) {
        shortfalls.add(rule.ruleName() + " in " + pkg + ": " + files.size() + " cases, "
            + positives + " positive, " + lookAlikes + " look-alike");
      }
    }
    assertEquals(List.of(), shortfalls,
        "each rule needs >= " + MIN_CASES + " cases, at least a third of them positive and a"
            + " third look-alikes");
  }

  /**
   * A corpus path names one file: the source sets compile into one class folder, and a path's
   * markers, gaps and sentences must not depend on which set an engine reads.
   */
  @Test
  void noCorpusPathIsInTwoSourceSets() {
    Map<String, Long> counts = corpus.sourceFiles().stream()
        .collect(Collectors.groupingBy(corpus::relative, Collectors.counting()));
    assertEquals(Map.of(), counts.entrySet().stream().filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  /** Every source set but the first needs a newer JDK, and holds cases (else why is it there). */
  @Test
  void everySourceSetHoldsCases() {
    for (Corpus.SourceSet set : Corpus.SOURCE_SETS) {
      Path root = corpus.projectRoot().resolve(set.folder());
      assertTrue(corpus.sourceFiles().stream().anyMatch(f -> f.startsWith(root)),
          set.folder() + " has no corpus file");
    }
  }

  @Test
  void everyGapNamesAnExistingCaseLine() {
    KnownGaps gaps = KnownGaps.read(corpus.knownGapsFile());
    List<String> dangling = new ArrayList<>();
    for (KnownGaps.Gap gap : gaps.all()) {
      if (gap.wholeRule()) {
        continue;
      }
      String[] pathAndLine = gap.location().split(":");
      Optional<Path> file = corpus.file(pathAndLine[0]);
      boolean ok = pathAndLine.length == 2 && file.isPresent()
          && Integer.parseInt(pathAndLine[1]) <= Corpus.read(file.get()).size();
      if (!ok) {
        dangling.add(gap.engine() + " " + gap.caseId());
      }
    }
    assertTrue(dangling.isEmpty(), "known gaps naming no corpus line: " + dangling);
  }

  @Test
  void everyGapsKindFitsItsLine() {
    assertEquals(List.of(),
        KnownGaps.read(corpus.knownGapsFile()).misplaced(corpus.expectations()),
        "test-cases/known-gaps.tsv: a miss (path:line) or a sentence gap (#sentence) names a line"
            + " marked with its rule, a false alarm (#false-alarm) a line without");
  }

  @Test
  void everyExpectedFindingHasItsSentenceAndNoOtherIsListed() {
    Sentences sentences = Sentences.read(corpus.sentencesFile());
    List<String> problems = new ArrayList<>();
    for (Corpus.Marker marker : corpus.markers()) {
      String sentence = sentences.of(marker.at());
      if (sentence == null) {
        problems.add("no sentence for " + marker.at());
      } else if (!sentence.contains(marker.fragment())) {
        problems.add(marker.at() + ": the marker's fragment \"" + marker.fragment()
            + "\" is not in its sentence: " + sentence);
      }
    }
    List<Expectation> expected = corpus.expectations();
    sentences.all().keySet().stream().filter(at -> !expected.contains(at))
        .forEach(at -> problems.add("sentence for a line without that marker: " + at));
    assertEquals(List.of(), problems, "test-cases/sentences.tsv must match the corpus markers;"
        + " regenerate it with -D" + Sentences.UPDATE_PROPERTY + "=true on an engine's"
        + " conformance test");
  }
}
