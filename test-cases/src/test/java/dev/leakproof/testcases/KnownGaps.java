package dev.leakproof.testcases;

import dev.leakproof.checks.catalog.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one file that says which corpus cases an engine cannot see, and why:
 * {@code test-cases/known-gaps.tsv}, tab-separated {@code engine, rule, case, reason}.
 *
 * <p>{@code case} is {@code path:line} (relative to the corpus source root) for one expected or
 * unexpected finding, {@code path:line#sentence} for an expected finding the engine reports
 * with a sentence other than {@code sentences.tsv}'s (it cannot know a word of it, say why), or
 * {@code *} when the engine does not implement the rule at all.
 */
public final class KnownGaps {
  /** Engine ids: each engine's conformance test runs under one of these. */
  public static final Set<String> ENGINES =
      Set.of("errorprone", "spotbugs-release8", "spotbugs-release17", "scanner");

  /** One line of the file. */
  public record Gap(String engine, Rule rule, String caseId, String reason) {
    /** The suffix of a case id whose gap is the sentence, not the finding. */
    public static final String SENTENCE = "#sentence";

    public boolean wholeRule() {
      return caseId.equals("*");
    }

    /** Whether the engine finds the case but says it in other words. */
    public boolean sentenceOnly() {
      return caseId.endsWith(SENTENCE);
    }

    /** The {@code path:line} the gap is about ({@code *} for a whole rule). */
    public String location() {
      return sentenceOnly() ? caseId.substring(0, caseId.length() - SENTENCE.length()) : caseId;
    }

    /** Whether this gap excuses {@code finding} (missing or unexpected) for {@code engine}. */
    public boolean covers(String engineId, Expectation finding) {
      return engine.equals(engineId)
          && rule == finding.rule()
          && (wholeRule() || caseId.equals(finding.path() + ":" + finding.line()));
    }

    /** Whether this gap excuses the sentence {@code engine} reports at {@code finding}. */
    public boolean coversSentence(String engineId, Expectation finding) {
      return engine.equals(engineId) && rule == finding.rule() && sentenceOnly()
          && location().equals(finding.path() + ":" + finding.line());
    }
  }

  private final List<Gap> gaps;

  private KnownGaps(List<Gap> gaps) {
    this.gaps = List.copyOf(gaps);
  }

  public static KnownGaps read(Path file) {
    List<Gap> gaps = new ArrayList<>();
    List<String> lines = Corpus.read(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      String where = file.getFileName() + ":" + (i + 1) + ": ";
      if (cols.length != 4 || cols[3].isBlank()) {
        throw new IllegalStateException(where + "want 4 tab-separated columns with a reason");
      }
      if (!ENGINES.contains(cols[0])) {
        throw new IllegalStateException(where + "unknown engine '" + cols[0] + "', want " + ENGINES);
      }
      Rule rule = Rule.byName(cols[1]).orElseThrow(
          () -> new IllegalStateException(where + "unknown rule '" + cols[1] + "'"));
      gaps.add(new Gap(cols[0], rule, cols[2], cols[3].trim()));
    }
    return new KnownGaps(gaps);
  }

  public List<Gap> all() {
    return gaps;
  }

  public List<Gap> forRule(Rule rule) {
    return gaps.stream().filter(g -> g.rule() == rule).toList();
  }

  /** Whether {@code engine} implements {@code rule} at all (no {@code *} gap says otherwise). */
  public boolean implementsRule(String engine, Rule rule) {
    return gaps.stream().noneMatch(g -> g.engine().equals(engine) && g.rule() == rule && g.wholeRule());
  }

  public Optional<Gap> gapFor(String engine, Expectation finding) {
    return gaps.stream().filter(g -> g.covers(engine, finding)).findFirst();
  }

  /** The gap that excuses {@code engine}'s sentence at {@code finding}, if any. */
  public Optional<Gap> sentenceGapFor(String engine, Expectation finding) {
    return gaps.stream().filter(g -> g.coversSentence(engine, finding)).findFirst();
  }
}
