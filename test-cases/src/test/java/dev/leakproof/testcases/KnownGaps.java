package dev.leakproof.testcases;

import dev.leakproof.checks.catalog.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one file that says which corpus cases an engine gets wrong, and why:
 * {@code test-cases/known-gaps.tsv}, tab-separated {@code engine, rule, case, reason}.
 *
 * <p>{@code case} says what the engine gets wrong at one corpus line ({@link Kind}):
 * {@code path:line} (relative to the corpus source root) for an expected finding it misses,
 * {@code path:line#false-alarm} for a finding it reports on a line the corpus expects silent
 * (a look-alike it cannot tell apart), {@code path:line#sentence} for an expected finding it
 * reports with a sentence other than {@code sentences.tsv}'s (it cannot know a word of it, say
 * why), or {@code *} when the engine does not implement the rule at all. The kind is written out,
 * not inferred from whether the line carries a marker, so a gap cannot turn from an excused miss
 * into an excused false alarm when a marker is removed; {@code CorpusShapeTest} holds each kind
 * to its line.
 */
public final class KnownGaps {
  /** Engine ids: each engine's conformance test runs under one of these. */
  public static final Set<String> ENGINES =
      Set.of("errorprone", "spotbugs-release8", "spotbugs-release17", "scanner");

  /** What a gap excuses. */
  public enum Kind {
    /** {@code *}: the engine does not implement the rule. */
    WHOLE_RULE(""),
    /** {@code path:line}: the engine misses the finding the corpus expects there. */
    MISS(""),
    /** {@code path:line#false-alarm}: the engine reports a line the corpus expects silent. */
    FALSE_ALARM("#false-alarm"),
    /** {@code path:line#sentence}: the engine finds the case but says it in other words. */
    SENTENCE("#sentence");

    /** The suffix of the case id that names the kind. */
    public final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }

    static Kind of(String caseId) {
      if (caseId.equals("*")) {
        return WHOLE_RULE;
      }
      for (Kind kind : List.of(FALSE_ALARM, SENTENCE)) {
        if (caseId.endsWith(kind.suffix)) {
          return kind;
        }
      }
      return MISS;
    }
  }

  /** One line of the file. */
  public record Gap(String engine, Rule rule, String caseId, String reason) {
    /** The suffix of a case id whose gap is the sentence, not the finding. */
    public static final String SENTENCE = Kind.SENTENCE.suffix;

    public Kind kind() {
      return Kind.of(caseId);
    }

    public boolean wholeRule() {
      return kind() == Kind.WHOLE_RULE;
    }

    /** Whether the engine finds the case but says it in other words. */
    public boolean sentenceOnly() {
      return kind() == Kind.SENTENCE;
    }

    /** The {@code path:line} the gap is about ({@code *} for a whole rule). */
    public String location() {
      return caseId.substring(0, caseId.length() - kind().suffix.length());
    }

    /**
     * Whether this gap excuses {@code finding} (missing, or reported though unexpected) for
     * {@code engine}: a whole-rule gap, or a miss or false alarm at its line.
     */
    public boolean covers(String engineId, Expectation finding) {
      return engine.equals(engineId) && rule == finding.rule()
          && (wholeRule() || kind() != Kind.SENTENCE && at(finding));
    }

    /** Whether this gap is of {@code kind} for {@code engine} at {@code finding}'s line and rule. */
    public boolean is(Kind wanted, String engineId, Expectation finding) {
      return kind() == wanted && engine.equals(engineId) && rule == finding.rule() && at(finding);
    }

    /** Whether this gap excuses the sentence {@code engine} reports at {@code finding}. */
    public boolean coversSentence(String engineId, Expectation finding) {
      return is(Kind.SENTENCE, engineId, finding);
    }

    private boolean at(Expectation finding) {
      return location().equals(finding.path() + ":" + finding.line());
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

  /** A gap that excuses {@code finding}, missing or unexpected ({@link Gap#covers}). */
  public Optional<Gap> gapFor(String engine, Expectation finding) {
    return gaps.stream().filter(g -> g.covers(engine, finding)).findFirst();
  }

  /** The gap of {@code kind} at {@code finding}'s line and rule for {@code engine}, if any. */
  public Optional<Gap> gapFor(Kind kind, String engine, Expectation finding) {
    return gaps.stream().filter(g -> g.is(kind, engine, finding)).findFirst();
  }

  /**
   * The gaps whose kind does not fit their line: a miss or a sentence gap on a line without a
   * marker of its rule, a false alarm on a line with one.
   *
   * @param expected every finding the corpus expects
   */
  public List<String> misplaced(Collection<Expectation> expected) {
    Set<Expectation> marked = new HashSet<>(expected);
    List<String> wrong = new ArrayList<>();
    for (Gap gap : gaps) {
      if (gap.wholeRule()) {
        continue;
      }
      boolean onMarker = marked.stream().anyMatch(e -> e.rule() == gap.rule() && gap.at(e));
      if (onMarker == (gap.kind() == Kind.FALSE_ALARM)) {
        wrong.add(gap.engine() + " " + gap.rule().ruleName() + " " + gap.caseId() + (onMarker
            ? ": the line expects this finding, so the engine cannot report it falsely"
            : ": the line expects no such finding; an engine reporting it is a false alarm, "
                + gap.location() + Kind.FALSE_ALARM.suffix));
      }
    }
    return wrong;
  }

  /** The gap that excuses {@code engine}'s sentence at {@code finding}, if any. */
  public Optional<Gap> sentenceGapFor(String engine, Expectation finding) {
    return gapFor(Kind.SENTENCE, engine, finding);
  }
}
