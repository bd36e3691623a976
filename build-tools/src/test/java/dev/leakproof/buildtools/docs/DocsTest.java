package dev.leakproof.buildtools.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.testcases.Corpus;
import dev.leakproof.testcases.Expectation;
import dev.leakproof.testcases.KnownGaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps docs/rules/ in step with the catalog, the corpus and the known-gaps file: one page per
 * rule with the agreed sections, code that is quoted from the (compiled) corpus, generated blocks
 * that match what is rendered now, and links that resolve.
 *
 * <p>Run with {@code -Dleakproof.docs.update=true} to rewrite generated blocks and snippets
 * instead of failing on them.
 */
class DocsTest {
  /** The sections of a rule page, in this order. */
  static final List<String> SECTIONS = List.of(
      "What is flagged",
      "Why it leaks",
      "Noncompliant code",
      "Compliant code",
      "How to fix",
      "How to suppress",
      "What it deliberately does not report",
      "Engine coverage");

  private static final Pattern SPOTBUGS_TYPE = Pattern.compile("\\bLEAK_[A-Z_]+\\b");

  private final Docs docs = Docs.ofThisCheckout();
  private final Corpus corpus = docs.corpus();
  private final Renderings renderings =
      new Renderings(corpus, KnownGaps.read(corpus.knownGapsFile()));

  @Test
  void everyRuleHasAPage() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      if (!Files.isRegularFile(docs.page(rule))) {
        missing.add(docs.shown(docs.page(rule)));
      }
    }
    assertEquals(List.of(), missing, "rules without a page");
    assertTrue(Files.isRegularFile(docs.index()), "no index " + docs.shown(docs.index()));
  }

  @Test
  void everyPageBelongsToARule() {
    List<String> strays = new ArrayList<>();
    for (Path file : docs.markdownFiles()) {
      String name = file.getFileName().toString();
      if (!name.equals(Docs.INDEX_FILE)
          && Rule.byName(name.substring(0, name.length() - ".md".length())).isEmpty()) {
        strays.add(docs.shown(file));
      }
    }
    assertEquals(List.of(), strays, "pages whose name is no rule of the catalog");
  }

  @TestFactory
  Stream<DynamicTest> pageTitleIsTheRuleName() {
    return pages().map(rule -> DynamicTest.dynamicTest(rule.ruleName(), () ->
        assertEquals(rule.ruleName(), Markdown.title(Docs.lines(docs.page(rule))),
            docs.shown(docs.page(rule)) + ": the title must be the rule's name")));
  }

  @TestFactory
  Stream<DynamicTest> pageHasTheAgreedSectionsInOrder() {
    return pages().map(rule -> DynamicTest.dynamicTest(rule.ruleName(), () -> {
      List<String> lines = Docs.lines(docs.page(rule));
      Map<String, int[]> sections = Markdown.sections(lines);
      assertEquals(SECTIONS, List.copyOf(sections.keySet()),
          docs.shown(docs.page(rule)) + ": level-2 headings");
      int firstSection = sections.get(SECTIONS.get(0))[0] - 1;
      assertBlockWithin(lines, Renderings.SUMMARY, 0, firstSection, "before the first section");
      assertBlockWithin(lines, Renderings.SUPPRESS, sections.get("How to suppress"), "How to suppress");
      assertBlockWithin(lines, Renderings.COVERAGE, sections.get("Engine coverage"), "Engine coverage");
    }));
  }

  /**
   * Generated blocks and snippets equal what the catalog, the corpus and known-gaps.tsv give now;
   * with {@code -Dleakproof.docs.update=true} they are rewritten instead.
   */
  @TestFactory
  Stream<DynamicTest> generatedTextIsUpToDate() {
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest(Docs.INDEX_FILE,
        () -> regenerate(docs.index(), renderings.indexBlocks())));
    tests.add(DynamicTest.dynamicTest("project " + Docs.INDEX_FILE,
        () -> regenerate(docs.projectReadme(), renderings.projectReadmeBlocks())));
    pages().forEach(rule -> tests.add(DynamicTest.dynamicTest(rule.docFileName(),
        () -> regenerate(docs.page(rule), renderings.pageBlocks(rule)))));
    return tests.stream();
  }

  /** Noncompliant code shows cases the corpus expects this rule on; all other code shows silent cases. */
  @TestFactory
  Stream<DynamicTest> snippetsShowCasesOfTheRightKind() {
    return pages().map(rule -> DynamicTest.dynamicTest(rule.ruleName(), () -> {
      Path page = docs.page(rule);
      List<String> lines = Docs.lines(page);
      int[] noncompliant = Markdown.sections(lines).get("Noncompliant code");
      int[] compliant = Markdown.sections(lines).get("Compliant code");
      List<String> problems = new ArrayList<>();
      int flagged = 0;
      int clean = 0;
      for (GeneratedText.SnippetRef ref : GeneratedText.snippets(lines)) {
        Optional<Path> found = corpus.file(ref.path());
        if (found.isEmpty()) {
          problems.add(ref.path() + " is not in the corpus");
          continue;
        }
        Path file = found.get();
        List<Expectation> expected = corpus.expectationsIn(file);
        boolean inNoncompliant = within(ref.markerLine(), noncompliant);
        if (inNoncompliant) {
          if (expected.stream().noneMatch(e -> e.rule() == rule)) {
            problems.add(ref.path() + " is under Noncompliant code but expects no "
                + rule.ruleName());
          }
          flagged++;
        } else {
          if (!expected.isEmpty()) {
            problems.add(ref.path() + " (line " + (ref.markerLine() + 1)
                + ") is outside Noncompliant code but expects " + expected);
          }
          if (within(ref.markerLine(), compliant)) {
            clean++;
          }
        }
      }
      if (flagged == 0) {
        problems.add("no snippet under Noncompliant code");
      }
      if (clean == 0) {
        problems.add("no snippet under Compliant code");
      }
      assertEquals(List.of(), problems, docs.shown(page));
    }));
  }

  @TestFactory
  Stream<DynamicTest> relativeLinksResolve() {
    return docs.markdownFiles().stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), () -> {
          List<String> broken = new ArrayList<>();
          for (String target : Markdown.linkTargets(Docs.lines(file))) {
            brokenLink(file, target).ifPresent(broken::add);
          }
          assertEquals(List.of(), broken, docs.shown(file) + ": broken links");
        }));
  }

  @Test
  void spotBugsTypesNamedInTheDocsExist() {
    Set<String> unknown = new TreeSet<>();
    for (Path file : docs.markdownFiles()) {
      for (String line : Docs.lines(file)) {
        Matcher m = SPOTBUGS_TYPE.matcher(line);
        while (m.find()) {
          if (Rule.bySpotBugsType(m.group()).isEmpty()) {
            unknown.add(docs.shown(file) + ": " + m.group());
          }
        }
      }
    }
    assertEquals(Set.of(), unknown, "SpotBugs types that no rule of the catalog has");
  }

  @Test
  void indexSaysHowToRegenerate() {
    assertTrue(Docs.lines(docs.index()).contains(Docs.REGENERATE_COMMAND),
        docs.shown(docs.index()) + " must show the command the failure messages give: "
            + Docs.REGENERATE_COMMAND);
  }

  @Test
  void pagesListEveryEngine() {
    assertEquals(KnownGaps.ENGINES, Renderings.ENGINES.keySet(),
        "Renderings.ENGINES must name every engine of KnownGaps.ENGINES");
  }

  private Stream<Rule> pages() {
    return Stream.of(Rule.values()).filter(rule -> Files.isRegularFile(docs.page(rule)));
  }

  private void regenerate(Path file, Map<String, List<String>> blocks) {
    List<String> lines = Docs.lines(file);
    GeneratedText.Outcome outcome = GeneratedText.regenerate(lines, blocks, this::snippetOf);
    assertEquals(List.of(), outcome.problems(), docs.shown(file));
    if (Docs.updating()) {
      if (outcome.changed(lines)) {
        Docs.write(file, outcome.lines());
      }
      return;
    }
    if (!outcome.stale().isEmpty()) {
      fail(docs.shown(file) + " is out of step with the catalog (Rule), the corpus or"
          + " test-cases/known-gaps.tsv:\n  " + String.join("\n  ", outcome.stale())
          + "\nRegenerate with: " + Docs.REGENERATE_COMMAND + "\n(then review and commit "
          + docs.shown(file) + ")");
    }
    assertFalse(outcome.changed(lines), docs.shown(file) + " differs from its regeneration");
  }

  private Optional<List<String>> snippetOf(String path) {
    if (!path.endsWith(".java")) {
      return Optional.empty();
    }
    return corpus.file(path).map(file -> GeneratedText.quoted(Docs.lines(file)));
  }

  private Optional<String> brokenLink(Path from, String target) {
    if (target.matches("^[a-z]+:.*")) {
      return Optional.empty(); // http(s), mailto: outside the checkout, not checked offline
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    Path resolved = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
    if (!resolved.startsWith(docs.projectRoot())) {
      return Optional.of(target + " (leaves the checkout)");
    }
    if (!Files.exists(resolved)) {
      return Optional.of(target + " (no such file)");
    }
    if (anchor != null && resolved.toString().endsWith(".md")
        && !Markdown.anchors(Docs.lines(resolved)).contains(anchor)) {
      return Optional.of(target + " (no such anchor in " + docs.shown(resolved) + ")");
    }
    return Optional.empty();
  }

  private static void assertBlockWithin(List<String> lines, String block, int[] section,
      String where) {
    assertBlockWithin(lines, block, section[0], section[1], "the section " + where);
  }

  private static void assertBlockWithin(List<String> lines, String block, int from, int to,
      String where) {
    int at = lines.indexOf("<!-- " + block + ":begin -->");
    assertTrue(at >= from && at < to, "the generated '" + block + "' block belongs " + where);
  }

  private static boolean within(int line, int[] section) {
    return section != null && line >= section[0] && line < section[1];
  }
}
