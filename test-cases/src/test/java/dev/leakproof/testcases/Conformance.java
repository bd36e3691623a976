package dev.leakproof.testcases;

import dev.leakproof.checks.catalog.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares what an engine reported over the whole corpus with what the corpus expects, minus the
 * known gaps. Every engine's conformance test ends in {@link #assertConforms}.
 */
public final class Conformance {
  private final Corpus corpus;
  private final KnownGaps gaps;

  public Conformance(Corpus corpus) {
    this.corpus = corpus;
    this.gaps = KnownGaps.read(corpus.knownGapsFile());
  }

  public static Conformance ofThisCheckout() {
    return new Conformance(Corpus.locate());
  }

  /**
   * The comparison for an engine that reads only the corpus's source sets up to {@code release}
   * ({@link Corpus#upToRelease}): SpotBugs over classes compiled at {@code --release 8}.
   */
  public Conformance upToRelease(int release) {
    return new Conformance(corpus.upToRelease(release));
  }

  public Corpus corpus() {
    return corpus;
  }

  public KnownGaps gaps() {
    return gaps;
  }

  /** The rules {@code engine} implements, according to the known-gaps file. */
  public Set<Rule> rulesOf(String engine) {
    Set<Rule> rules = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      if (gaps.implementsRule(engine, rule)) {
        rules.add(rule);
      }
    }
    return rules;
  }

  /**
   * What differs between {@code reported} and the corpus for {@code engine}, gaps applied (a
   * missing finding only by a miss, an unexpected one only by a false alarm): a
   * finding missing or unexpected, and a sentence that is not {@code sentences.tsv}'s or lacks
   * its marker's fragment.
   */
  public Report compare(String engine, Collection<Reported> reportedWithSentences) {
    List<Expectation> reported = reportedWithSentences.stream().map(Reported::at).toList();
    if (!KnownGaps.ENGINES.contains(engine)) {
      throw new IllegalArgumentException("unknown engine " + engine);
    }
    Set<Rule> rules = rulesOf(engine);
    Set<Expectation> expected = new TreeSet<>();
    for (Expectation e : corpus.expectations()) {
      if (rules.contains(e.rule())) {
        expected.add(e);
      }
    }
    Set<Expectation> actual = new TreeSet<>(reported);
    List<String> problems = new ArrayList<>();
    Set<KnownGaps.Gap> usedGaps = new HashSet<>();
    for (Expectation e : expected) {
      if (!actual.contains(e)) {
        gaps.gapFor(KnownGaps.Kind.MISS, engine, e).ifPresentOrElse(usedGaps::add,
            () -> problems.add("missing     " + e));
      }
    }
    for (Expectation a : actual) {
      if (!expected.contains(a)) {
        if (!rules.contains(a.rule())) {
          problems.add("unexpected  " + a + "  (the known-gaps file says " + engine
              + " does not implement " + a.rule().ruleName() + ")");
        } else {
          gaps.gapFor(KnownGaps.Kind.FALSE_ALARM, engine, a).ifPresentOrElse(usedGaps::add,
              () -> problems.add("unexpected  " + a));
        }
      }
    }
    compareSentences(engine, reportedWithSentences, expected, problems, usedGaps);
    for (KnownGaps.Gap gap : gaps.all()) {
      if (gap.engine().equals(engine) && !gap.wholeRule() && !usedGaps.contains(gap)) {
        problems.add("stale gap   " + gap.caseId() + ": " + gap.rule().ruleName()
            + " (the engine now agrees with the corpus: remove the line from known-gaps.tsv)");
      }
    }
    return new Report(engine, expected.size(), actual.size(), problems);
  }

  private void compareSentences(String engine, Collection<Reported> reported,
      Set<Expectation> expected, List<String> problems, Set<KnownGaps.Gap> usedGaps) {
    Sentences sentences = Sentences.read(corpus.sentencesFile());
    Map<Expectation, String> fragments = new HashMap<>();
    corpus.markers().forEach(m -> fragments.put(m.at(), m.fragment()));
    for (Reported r : reported) {
      if (!expected.contains(r.at())) {
        continue;
      }
      String want = sentences.of(r.at());
      String fragment = fragments.getOrDefault(r.at(), "");
      boolean agrees = want != null && want.equals(r.sentence()) && r.sentence().contains(fragment);
      if (agrees) {
        continue;
      }
      gaps.sentenceGapFor(engine, r.at()).ifPresentOrElse(usedGaps::add, () -> problems.add(
          want == null
              ? "no sentence " + r.at() + " in test-cases/sentences.tsv (regenerate it with -D"
                  + Sentences.UPDATE_PROPERTY + "=true)\n      got:  " + r.sentence()
              : "sentence    " + r.at() + "\n      want: " + want + "\n      got:  "
                  + r.sentence() + (r.sentence().contains(fragment) ? ""
                      : "\n      (the marker's fragment \"" + fragment + "\" is missing)")));
    }
  }

  /**
   * Fails with every difference listed, one per line. With {@code -Dleakproof.sentences.update=true}
   * the engine's sentences first become the contract ({@code test-cases/sentences.tsv}).
   */
  public void assertConforms(String engine, Collection<Reported> reported) {
    if (Boolean.getBoolean(Sentences.UPDATE_PROPERTY)) {
      Sentences.write(corpus.sentencesFile(), reported, corpus.expectations(),
          corpus.sourceFiles().stream().map(corpus::relative).collect(Collectors.toSet()));
    }
    Report report = compare(engine, reported);
    if (!report.problems().isEmpty()) {
      throw new AssertionError(report.describe());
    }
  }

  /** The outcome of one engine's run over the corpus. */
  public record Report(String engine, int expected, int reported, List<String> problems) {
    public String describe() {
      StringBuilder text = new StringBuilder();
      text.append(engine).append(" does not conform to test-cases/ (")
          .append(expected).append(" expected, ").append(reported).append(" reported):\n");
      for (String problem : problems) {
        text.append("  ").append(problem).append('\n');
      }
      return text.toString();
    }
  }
}
