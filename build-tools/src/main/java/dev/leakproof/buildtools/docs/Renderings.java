package dev.leakproof.buildtools.docs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ForeignSuppressions;
import dev.leakproof.testcases.Corpus;
import dev.leakproof.testcases.Expectation;
import dev.leakproof.testcases.KnownGaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the generated blocks of docs/rules/ say, rendered from the catalog ({@link Rule}), the
 * known-gaps file and the corpus, so no rule name, summary or coverage claim is copied by hand.
 */
final class Renderings {
  /** Block names: the index has {@link #CATALOG}, every rule page the other three. */
  static final String CATALOG = "catalog";
  static final String SUMMARY = "summary";
  static final String SUPPRESS = "suppress";
  static final String COVERAGE = "coverage";
  static final String RULES = "rules";

  /** Engine ids in the order pages list them, with what users know them as. */
  static final Map<String, String> ENGINES = engines();

  /** From a page in docs/rules/ to the checkout root. */
  private static final String TO_ROOT = "../../";
  private static final String CORPUS_ROOT = "test-cases/src/main/java/";

  private final Corpus corpus;
  private final KnownGaps gaps;

  /** The folder, from the checkout's root and ending in {@code /}, of a corpus path's source set. */
  private String folderOf(String path) {
    return corpus.sourceSetOf(path).map(set -> set.folder() + "/").orElse(CORPUS_ROOT);
  }

  Renderings(Corpus corpus, KnownGaps gaps) {
    this.corpus = corpus;
    this.gaps = gaps;
  }

  private static Map<String, String> engines() {
    Map<String, String> engines = new LinkedHashMap<>();
    engines.put("errorprone", "Error Prone plugin, in javac");
    engines.put("spotbugs-release8", "SpotBugs plugin, classes compiled with `--release 8`");
    engines.put("spotbugs-release17", "SpotBugs plugin, classes compiled with `--release 17`");
    engines.put("scanner", "Source scanner and its Checkstyle adapter");
    return engines;
  }

  /** The blocks of the index page. */
  Map<String, List<String>> indexBlocks() {
    return Map.of(CATALOG, catalog());
  }

  /** The blocks of the project's own README.md: its table of rules. */
  Map<String, List<String>> projectReadmeBlocks() {
    return Map.of(RULES, projectReadmeRules());
  }

  /** The blocks of {@code rule}'s page. */
  Map<String, List<String>> pageBlocks(Rule rule) {
    Map<String, List<String>> blocks = new LinkedHashMap<>();
    blocks.put(SUMMARY, summary(rule));
    blocks.put(SUPPRESS, suppression(rule));
    blocks.put(COVERAGE, coverage(rule));
    return blocks;
  }

  /** The index: a table of every rule, then one anchored section per rule (SpotBugs' helpUri). */
  List<String> catalog() {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("| Rule | Family | Default severity | SpotBugs type | Summary |");
    out.add("|---|---|---|---|---|");
    for (Rule rule : Rule.values()) {
      out.add("| [" + rule.ruleName() + "](" + rule.docFileName() + ") | `" + rule.family().id()
          + "` | " + rule.severity().sarifLevel() + " | [`" + rule.spotBugsType() + "`](#"
          + rule.spotBugsType() + ") | " + Markdown.cell(rule.summary()) + " |");
    }
    for (Rule rule : Rule.values()) {
      out.add("");
      out.add("### <a id=\"" + rule.spotBugsType() + "\"></a>" + rule.ruleName());
      out.add("");
      out.add(rule.summary() + ".");
      out.add("");
      out.add(facts(rule) + " Read [" + rule.ruleName() + "](" + rule.docFileName()
          + ") for what it flags, why that leaks, how to fix and how to suppress it.");
    }
    out.add("");
    return out;
  }

  /** One row per rule, linked to its page, with the catalog's summary. */
  List<String> projectReadmeRules() {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("| Rule | Flags |");
    out.add("|---|---|");
    for (Rule rule : Rule.values()) {
      out.add("| [" + rule.ruleName() + "](docs/rules/" + rule.docFileName() + ") | "
          + Markdown.cell(rule.summary()) + " |");
    }
    out.add("");
    return out;
  }

  List<String> summary(Rule rule) {
    return List.of("", "> " + rule.summary() + ".", "", facts(rule) + " [All rules](README.md#"
        + rule.spotBugsType() + ").", "");
  }

  private static String facts(Rule rule) {
    return "Family: `" + rule.family().id() + "` (" + rule.family().title()
        + "). Default severity: " + rule.severity().sarifLevel() + ". SpotBugs type: `"
        + rule.spotBugsType() + "`.";
  }

  List<String> suppression(Rule rule) {
    List<String> out = new ArrayList<>(ownSuppression(rule));
    List<String> twins = ForeignSuppressions.intellijInspections(rule);
    if (!twins.isEmpty()) {
      String ids = String.join(", ", twins.stream().map(id -> "`" + id + "`").toList());
      out.add("IntelliJ IDEA's inspection `" + twins.get(0) + "` reports the same thing, so every"
          + " engine honours its statement suppression: a `//noinspection` comment naming it ("
          + ids + ", or `ALL`) on the line directly above the statement, alone or among other"
          + " line comments there. A project that already judged the finding in its IDE need not"
          + " say so again. SpotBugs reads the comment where it is given the sources"
          + " (`-sourcepath`).");
      out.add("");
    }
    List<String> tokens = ForeignSuppressions.suppressWarningsTokens(rule);
    if (!tokens.isEmpty()) {
      String names = String.join(", ", tokens.stream().map(t -> "`\"" + t + "\"`").toList());
      out.add("Eclipse's compiler reports the same thing, so Error Prone and the source scanner also"
          + " honour its `@SuppressWarnings` token (" + names + ") wherever they honour `\""
          + rule.ruleName() + "\"`: a project that already judged the code in Eclipse need not"
          + " say so again. SpotBugs cannot (the annotation is not kept in class files): use"
          + " `@SuppressFBWarnings` there.");
      out.add("");
    }
    return out;
  }

  private static List<String> ownSuppression(Rule rule) {
    String name = rule.ruleName();
    String type = rule.spotBugsType();
    return List.of(
        "",
        "Prefer a fix; when the code is right as it is, suppress the one finding and say why.",
        "",
        "- **Error Prone**: annotate the enclosing method, field or class with"
            + " `@SuppressWarnings(\"" + name + "\")`. Turn the rule off for a compilation with"
            + " `-Xep:" + name + ":OFF`.",
        "- **SpotBugs**: annotate the enclosing method, field or class with"
            + " `@SuppressFBWarnings(value = \"" + type + "\", justification = \"...\")`"
            + " (`edu.umd.cs.findbugs.annotations`, artifact `com.github.spotbugs:spotbugs-annotations`),"
            + " or exclude the type in a filter file (`excludeFilterFile` of spotbugs-maven-plugin,"
            + " `excludeFilter` in Gradle):",
        "",
        "  ```xml",
        "  <FindBugsFilter>",
        "    <Match>",
        "      <Bug pattern=\"" + type + "\"/>",
        "    </Match>",
        "  </FindBugsFilter>",
        "  ```",
        "",
        "- **Source scanner and Checkstyle adapter**: annotate the enclosing method, field or class"
            + " with `@SuppressWarnings(\"" + name + "\")`.",
        "",
        "Generated code needs no suppression: no engine reports anything in a type annotated"
            + " `@Generated` or in a file whose header says a generator wrote it"
            + " ([generated code](README.md#generated-code)).",
        "");
  }

  /** Which engines report {@code rule}, and every case an engine gets wrong, from known-gaps.tsv. */
  List<String> coverage(Rule rule) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add("| Engine | Reports this rule |");
    out.add("|---|---|");
    boolean anyEngine = false;
    for (Map.Entry<String, String> engine : ENGINES.entrySet()) {
      String status = "yes";
      for (KnownGaps.Gap gap : gaps.forRule(rule)) {
        if (gap.engine().equals(engine.getKey()) && gap.wholeRule()) {
          status = "no: " + gap.reason();
        }
      }
      anyEngine |= status.equals("yes");
      out.add("| " + engine.getValue() + " (`" + engine.getKey() + "`) | " + Markdown.cell(status)
          + " |");
    }
    List<KnownGaps.Gap> caseGaps =
        gaps.forRule(rule).stream().filter(g -> !g.wholeRule()).toList();
    out.add("");
    if (!caseGaps.isEmpty()) {
      out.add("Known gaps, from [`test-cases/known-gaps.tsv`](" + TO_ROOT
          + "test-cases/known-gaps.tsv):");
      out.add("");
      for (KnownGaps.Gap gap : caseGaps) {
        String caseId = gap.location();
        int colon = caseId.lastIndexOf(':');
        String path = colon < 0 ? caseId : caseId.substring(0, colon);
        String anchor = colon < 0 ? "" : "#L" + caseId.substring(colon + 1);
        String what = switch (gap.kind()) {
          case SENTENCE -> "words differently";
          case FALSE_ALARM -> "wrongly reports";
          default -> "misses";
        };
        out.add("- `" + gap.engine() + "` " + what + " [`" + caseId + "`](" + TO_ROOT
            + folderOf(path) + path + anchor + "): " + gap.reason());
      }
      out.add("");
    } else if (anyEngine) {
      out.add("Known gaps: none. Every engine that reports this rule finds exactly what the corpus"
          + " expects.");
      out.add("");
    }
    // A folder of cases per source set: cases/resource/ of src/main/java, then of src/main/java11.
    Set<String> dirs = new TreeSet<>(
        java.util.Comparator.comparing((String d) -> d.startsWith(CORPUS_ROOT) ? 0 : 1)
            .thenComparing(d -> d));
    for (Expectation e : corpus.expectations()) {
      if (e.rule() == rule) {
        dirs.add(folderOf(e.path()) + e.path().substring(0, e.path().lastIndexOf('/') + 1));
      }
    }
    if (!dirs.isEmpty()) {
      List<String> links = new ArrayList<>();
      for (String dir : dirs) {
        String shown = dir.startsWith(CORPUS_ROOT) ? dir.substring(CORPUS_ROOT.length())
            : dir.substring(dir.indexOf("src/main/") + "src/main/".length());
        links.add("[`" + shown + "`](" + TO_ROOT + dir + ")");
      }
      out.add("The cases every engine is held to (`// expect:` marks a line that must be reported,"
          + " every other line must stay silent): " + String.join(", ", links) + ".");
      out.add("");
    }
    return out;
  }
}
