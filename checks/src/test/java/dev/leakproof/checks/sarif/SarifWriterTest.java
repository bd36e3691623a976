package dev.leakproof.checks.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.BuildInfo;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.Severity;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Fix;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.checks.finding.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SarifWriterTest {
  private static final Rule CONCAT = Rule.STRING_CONCAT_IN_LOOP;
  private static final Rule RESOURCE = Rule.UNCLOSED_RESOURCE;
  private static final String CONCAT_LINE = "      s += part;";

  private static SarifRun run(List<Finding> findings) {
    return new SarifRun("scanner", findings, List.of(), true);
  }

  private static JsonNode validLog(SarifRun run) {
    return SarifSchema.assertValid(SarifWriter.toJson(run));
  }

  private static JsonNode firstRun(JsonNode log) {
    return log.at("/runs/0");
  }

  @Test
  void emptyRunIsValidAndDescribesEveryCatalogRule() {
    JsonNode log = validLog(run(List.of()));

    assertEquals(SarifWriter.SCHEMA_URI, log.at("/$schema").asString());
    assertEquals("2.1.0", log.at("/version").asString());
    assertEquals(1, log.at("/runs").size());
    JsonNode run = firstRun(log);
    JsonNode driver = run.at("/tool/driver");
    assertEquals("Leakproof", driver.at("/name").asString());
    assertEquals("Leakproof " + BuildInfo.VERSION + " (scanner)", driver.at("/fullName").asString());
    assertEquals(BuildInfo.VERSION, driver.at("/version").asString());
    assertEquals(BuildInfo.VERSION, driver.at("/semanticVersion").asString());
    assertEquals(Rule.Links.INDEX, driver.at("/informationUri").asString());
    assertEquals(0, run.at("/results").size());
    assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
    assertTrue(run.at("/invocations/0/toolExecutionNotifications").isMissingNode());
    assertEquals("utf16CodeUnits", run.at("/columnKind").asString());
    assertEquals("scanner", run.at("/properties/engine").asString());
    assertEquals("leakproof/scanner/", run.at("/automationDetails/id").asString());
    assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/description/text").isString());
    assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").isMissingNode(),
        "no absolute path of the machine that ran the analysis");

    JsonNode rules = driver.at("/rules");
    assertEquals(Rule.values().length, rules.size());
    for (Rule rule : Rule.values()) {
      JsonNode r = rules.get(rule.ordinal());
      assertEquals(rule.ruleName(), r.at("/id").asString());
      assertTrue(r.at("/name").isMissingNode(), "SARIF asks to omit a name equal to the id");
      assertEquals(rule.summary(), r.at("/shortDescription/text").asString());
      assertEquals(rule.docUrl(), r.at("/helpUri").asString());
      assertFalse(r.at("/fullDescription/text").asString().isBlank());
      assertTrue(r.at("/help/markdown").asString().contains(rule.ruleName()));
      assertEquals(rule.severity().sarifLevel(), r.at("/defaultConfiguration/level").asString());
      assertEquals(rule.family().id(), r.at("/properties/tags/0").asString());
      assertEquals("high", r.at("/properties/precision").asString());
      assertEquals(rule.severity().sarifLevel(), r.path("properties").path("problem.severity").asString());
    }
  }

  @Test
  void tagsNameTheFamilyAndTheKindOfLeakOnce() {
    assertEquals(List.of("resource", "leak"), List.copyOf(SarifWriter.tags(RESOURCE)));
    assertEquals(List.of("concat", "leak", "memory"), List.copyOf(SarifWriter.tags(CONCAT)));
    assertEquals(
        List.of("static-cache", "leak", "memory"),
        List.copyOf(SarifWriter.tags(Rule.UNBOUNDED_STATIC_CACHE)));
  }

  @Test
  void findingWithFullRegionAndFixIsWrittenCompletely() {
    Fix fix =
        new Fix(
            "Close the stream with try-with-resources",
            List.of(
                new Fix.Replacement(new Region("src/A.java", 7, 5, 7, 5), "try ("),
                new Fix.Replacement(new Region("src/A.java", 7, 40, 8, 1), ") {\n")));
    Finding finding =
        new Finding(
            RESOURCE, new Region("src/A.java", 7, 22, 7, 48), "Stream is not closed",
            "    InputStream in = new FileInputStream(f);", List.of(fix));

    JsonNode result = firstRun(validLog(run(List.of(finding)))).at("/results/0");

    assertEquals("UnclosedResource", result.at("/ruleId").asString());
    assertEquals(RESOURCE.ordinal(), result.at("/ruleIndex").asInt());
    assertEquals("warning", result.at("/level").asString());
    assertEquals("Stream is not closed", result.at("/message/text").asString());
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertEquals("src/A.java", location.at("/artifactLocation/uri").asString());
    assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asString());
    assertEquals(7, location.at("/region/startLine").asInt());
    assertEquals(22, location.at("/region/startColumn").asInt());
    assertEquals(7, location.at("/region/endLine").asInt());
    assertEquals(48, location.at("/region/endColumn").asInt());
    assertEquals(7, location.at("/contextRegion/startLine").asInt());
    assertEquals(List.of("startLine", "snippet"), List.copyOf(location.at("/contextRegion").propertyNames()));
    assertEquals(
        "    InputStream in = new FileInputStream(f);",
        location.at("/contextRegion/snippet/text").asString());
    assertTrue(result.at("/partialFingerprints/leakproof~1v1").isString());

    JsonNode sarifFix = result.at("/fixes/0");
    assertEquals("Close the stream with try-with-resources", sarifFix.at("/description/text").asString());
    JsonNode change = sarifFix.at("/artifactChanges/0");
    assertEquals("src/A.java", change.at("/artifactLocation/uri").asString());
    assertEquals(2, change.at("/replacements").size());
    JsonNode insertion = change.at("/replacements/0");
    assertEquals(7, insertion.at("/deletedRegion/startLine").asInt());
    assertEquals(5, insertion.at("/deletedRegion/startColumn").asInt());
    assertEquals(5, insertion.at("/deletedRegion/endColumn").asInt());
    assertEquals("try (", insertion.at("/insertedContent/text").asString());
    assertEquals(8, change.at("/replacements/1/deletedRegion/endLine").asInt());
    assertEquals(") {\n", change.at("/replacements/1/insertedContent/text").asString());
  }

  @Test
  void fixTouchingTwoFilesHasOneChangePerFile() {
    Fix fix =
        new Fix(
            "Remove the listener on dispose",
            List.of(
                new Fix.Replacement(new Region("a/View.java", 3, 1, 3, 1), "x"),
                new Fix.Replacement(new Region("a/Bus.java", 9, 1, 9, 1), "y"),
                new Fix.Replacement(new Region("a/View.java", 4, 1, 4, 1), "z")));
    Finding finding =
        new Finding(Rule.LISTENER_LEAK, Region.line("a/View.java", 3), "m", "", List.of(fix));

    JsonNode changes = firstRun(validLog(run(List.of(finding)))).at("/results/0/fixes/0/artifactChanges");

    assertEquals(2, changes.size());
    assertEquals("a/View.java", changes.at("/0/artifactLocation/uri").asString());
    assertEquals(2, changes.at("/0/replacements").size());
    assertEquals("a/Bus.java", changes.at("/1/artifactLocation/uri").asString());
  }

  @Test
  void resultLevelFollowsTheFindingsSeverityWhileTheRuleKeepsItsDefault() {
    Rule rule = Rule.UNCLOSED_RESOURCE;
    Severity raised = rule.severity() == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
    Finding asConfigured =
        new Finding(rule, Region.line("C.java", 4), "m", "", List.of(), raised);
    Finding asCatalogued = Finding.of(rule, Region.line("C.java", 9), "m", "");

    JsonNode run = firstRun(validLog(run(List.of(asConfigured, asCatalogued))));

    assertEquals(raised.sarifLevel(), run.at("/results/0/level").asString());
    assertEquals(rule.severity().sarifLevel(), run.at("/results/1/level").asString());
    assertEquals(
        rule.severity().sarifLevel(),
        run.at("/tool/driver/rules/" + rule.ordinal() + "/defaultConfiguration/level").asString());
  }

  @Test
  void lineOnlyFindingHasNoColumnsAndNoFixes() {
    Finding finding = Finding.of(CONCAT, Region.line("B.java", 12), "concat", "");

    JsonNode result = firstRun(validLog(run(List.of(finding)))).at("/results/0");

    JsonNode region = result.at("/locations/0/physicalLocation/region");
    assertEquals(12, region.at("/startLine").asInt());
    assertEquals(List.of("startLine"), List.copyOf(region.propertyNames()));
    assertTrue(result.at("/locations/0/physicalLocation/contextRegion").isMissingNode(), "no source text, no snippet");
    assertTrue(result.at("/fixes").isMissingNode());
  }

  @Test
  void pointFindingHasStartColumnButNoEnd() {
    JsonNode region =
        firstRun(validLog(run(List.of(Finding.of(CONCAT, Region.point("B.java", 3, 9), "m", "x")))))
            .at("/results/0/locations/0/physicalLocation/region");

    assertEquals(List.of("startLine", "startColumn"), List.copyOf(region.propertyNames()));
  }

  @Test
  void inconsistentEndsAreLeftOutInsteadOfWritingAnInvalidRegion() {
    Finding endBeforeStart = Finding.of(CONCAT, new Region("B.java", 10, 9, 4, 2), "m", "x");
    Finding endColumnBeforeStartColumn = Finding.of(CONCAT, new Region("C.java", 10, 9, 10, 2), "m", "x");
    Finding endColumnWithoutStartColumn = Finding.of(CONCAT, new Region("D.java", 10, 0, 11, 4), "m", "x");

    JsonNode results =
        firstRun(validLog(run(List.of(endBeforeStart, endColumnBeforeStartColumn, endColumnWithoutStartColumn))))
            .at("/results");

    assertEquals(
        List.of("startLine", "startColumn"),
        List.copyOf(results.at("/0/locations/0/physicalLocation/region").propertyNames()));
    assertEquals(
        List.of("startLine", "startColumn", "endLine"),
        List.copyOf(results.at("/1/locations/0/physicalLocation/region").propertyNames()));
    assertEquals(
        List.of("startLine", "endLine"),
        List.copyOf(results.at("/2/locations/0/physicalLocation/region").propertyNames()));
  }

  @Test
  void multiLineRegionGetsNoOneLineContextRegion() {
    JsonNode location =
        firstRun(validLog(run(List.of(Finding.of(CONCAT, new Region("B.java", 3, 9, 5, 2), "m", "s = s")))))
            .at("/results/0/locations/0/physicalLocation");

    assertEquals(5, location.at("/region/endLine").asInt());
    assertTrue(location.at("/contextRegion").isMissingNode());
  }

  @Test
  void blankMessageFallsBackToTheRuleSummary() {
    JsonNode result =
        firstRun(validLog(run(List.of(Finding.of(CONCAT, Region.line("B.java", 1), " ", "")))))
            .at("/results/0");

    assertEquals(CONCAT.summary(), result.at("/message/text").asString());
  }

  @Test
  void notificationsBecomeToolExecutionNotifications() {
    SarifRun run =
        new SarifRun(
            "errorprone",
            List.of(),
            List.of(
                new Notification("error", "src/Broken.java", 4, "Syntax error; file skipped"),
                new Notification("note", "", 0, "Analysed 3 files"),
                new Notification("FATAL", "src\\win\\X.java", 0, "Check crashed")),
            false);

    JsonNode invocation = firstRun(validLog(run)).at("/invocations/0");

    assertFalse(invocation.at("/executionSuccessful").asBoolean());
    JsonNode notes = invocation.at("/toolExecutionNotifications");
    assertEquals(3, notes.size());
    // Sorted by path: the one without a path first.
    assertEquals("note", notes.at("/0/level").asString());
    assertEquals("Analysed 3 files", notes.at("/0/message/text").asString());
    assertTrue(notes.at("/0/locations").isMissingNode());
    assertEquals("error", notes.at("/1/level").asString());
    assertEquals("src/Broken.java", notes.at("/1/locations/0/physicalLocation/artifactLocation/uri").asString());
    assertEquals(4, notes.at("/1/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals("warning", notes.at("/2/level").asString(), "unknown levels become warnings");
    assertEquals("src/win/X.java", notes.at("/2/locations/0/physicalLocation/artifactLocation/uri").asString());
    assertTrue(notes.at("/2/locations/0/physicalLocation/region").isMissingNode());
  }

  @Test
  void escapesControlCharactersQuotesAndNonAsciiAndStaysValid() {
    String nasty =
        "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u0007 nul \u0000 unit \u001f"
            + " del \u007f e-acute \u00e9 line-sep \u2028 cjk \u4e2d emoji \ud83d\ude00 math \ud835\udc9c";
    Finding finding = Finding.of(CONCAT, Region.point("Ünï cödé/𝒜.java", 2, 3), nasty, nasty);
    Notification note = new Notification("warning", "", 0, nasty);
    SarifRun run = new SarifRun("scanner", List.of(finding), List.of(note), true);
    String json = SarifWriter.toJson(run);

    JsonNode log = SarifSchema.assertValid(json);

    assertEquals(nasty, firstRun(log).at("/results/0/message/text").asString());
    assertEquals(nasty, firstRun(log).at("/invocations/0/toolExecutionNotifications/0/message/text").asString());
    assertTrue(json.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)),
        "output is printable ASCII, whatever charset it is saved in");
    assertTrue(json.contains("\\ud83d\\ude00"), "non-BMP characters are written as surrogate pairs");
    assertTrue(json.contains("\\u0000") && json.contains("\\u001f") && json.contains("\\u2028"));
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    Finding finding = Finding.of(CONCAT, Region.line("A.java", 1), "bad \ud800 end \udc00", "");

    JsonNode log = validLog(run(List.of(finding)));

    assertEquals("bad \ufffd end \ufffd", firstRun(log).at("/results/0/message/text").asString());
  }

  @Test
  void artifactUrisAreRelativeAndPercentEncoded() {
    List<Finding> findings =
        List.of(
            Finding.of(CONCAT, Region.line("my dir/Spaced File.java", 1), "m", ""),
            Finding.of(CONCAT, Region.line("src/Ünïcödé/日本.java", 1), "m", ""),
            Finding.of(CONCAT, Region.line("odd/100%#?[x]:y.java", 1), "m", ""),
            Finding.of(CONCAT, Region.line("src\\win\\W.java", 1), "m", ""),
            Finding.of(CONCAT, Region.line("./dot/D.java", 1), "m", ""));

    JsonNode results = firstRun(validLog(run(findings))).at("/results");

    List<String> uris = new ArrayList<>();
    results.forEach(r -> uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asString()));
    assertEquals(
        List.of(
            "dot/D.java",
            "my%20dir/Spaced%20File.java",
            "odd/100%25%23%3F%5Bx%5D%3Ay.java",
            "src/%C3%9Cn%C3%AFc%C3%B6d%C3%A9/%E6%97%A5%E6%9C%AC.java",
            "src/win/W.java"),
        uris);
  }

  @Test
  void sameRunGivesSameBytesWhateverTheInputOrder() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Rule rule = Rule.values()[i % Rule.values().length];
      findings.add(Finding.of(rule, Region.point("p/F" + (i % 3) + ".java", 1 + i % 7, 1 + i % 2), "m" + i, "x" + (i % 5)));
    }
    List<Notification> notes =
        List.of(new Notification("error", "b.java", 2, "b"), new Notification("note", "a.java", 1, "a"));
    String first = SarifWriter.toJson(new SarifRun("scanner", findings, notes, true));
    String again = SarifWriter.toJson(new SarifRun("scanner", findings, notes, true));
    List<Finding> shuffled = new ArrayList<>(findings);
    Collections.shuffle(shuffled, new Random(42));
    List<Notification> reversed = new ArrayList<>(notes);
    Collections.reverse(reversed);
    String fromShuffled = SarifWriter.toJson(new SarifRun("scanner", shuffled, reversed, true));

    assertEquals(first, again);
    assertEquals(first, fromShuffled);
    SarifSchema.assertValid(first);
  }

  @Test
  void resultsAreSortedByPathLineColumnAndRule() {
    List<Finding> findings =
        List.of(
            Finding.of(RESOURCE, Region.point("b/B.java", 3, 1), "m", ""),
            Finding.of(CONCAT, Region.point("a/A.java", 10, 1), "m", ""),
            Finding.of(RESOURCE, Region.point("a/A.java", 9, 5), "m", ""),
            Finding.of(CONCAT, Region.point("a/A.java", 9, 5), "m", ""),
            Finding.of(CONCAT, Region.point("a/A.java", 9, 2), "m", ""));

    JsonNode results = firstRun(validLog(run(findings))).at("/results");

    List<String> order = new ArrayList<>();
    results.forEach(
        r -> order.add(
            r.at("/locations/0/physicalLocation/artifactLocation/uri").asString() + ":"
                + r.at("/locations/0/physicalLocation/region/startLine").asInt() + ":"
                + r.at("/locations/0/physicalLocation/region/startColumn").asInt() + ":"
                + r.at("/ruleId").asString()));
    assertEquals(
        List.of(
            "a/A.java:9:2:StringConcatInLoop",
            "a/A.java:9:5:StringConcatInLoop",
            "a/A.java:9:5:UnclosedResource",
            "a/A.java:10:1:StringConcatInLoop",
            "b/B.java:3:1:UnclosedResource"),
        order);
  }

  private static String fingerprint(Finding... findings) {
    return fingerprints(findings).get(0);
  }

  private static List<String> fingerprints(Finding... findings) {
    JsonNode results = firstRun(validLog(run(List.of(findings)))).at("/results");
    List<String> prints = new ArrayList<>();
    results.forEach(r -> prints.add(r.at("/partialFingerprints/leakproof~1v1").asString()));
    return prints;
  }

  @Test
  void fingerprintSurvivesTheFindingMovingToAnotherLine() {
    String before = fingerprint(Finding.of(CONCAT, Region.point("A.java", 10, 7), "m", CONCAT_LINE));
    String after = fingerprint(Finding.of(CONCAT, Region.point("A.java", 25, 7), "m", CONCAT_LINE));
    String reindented = fingerprint(Finding.of(CONCAT, Region.point("A.java", 25, 3), "m", "\ts+=  part ;"));

    assertEquals(before, after);
    assertEquals(before, reindented);
  }

  @Test
  void fingerprintIgnoresHowThePathIsSpelled() {
    assertEquals(
        fingerprint(Finding.of(CONCAT, Region.line("src/A.java", 1), "m", CONCAT_LINE)),
        fingerprint(Finding.of(CONCAT, Region.line("./src\\A.java", 9), "m", CONCAT_LINE)));
  }

  @Test
  void fingerprintDiffersForOtherRulesFilesAndLineText() {
    String base = fingerprint(Finding.of(CONCAT, Region.line("A.java", 10), "m", CONCAT_LINE));

    assertNotEquals(base, fingerprint(Finding.of(RESOURCE, Region.line("A.java", 10), "m", CONCAT_LINE)));
    assertNotEquals(base, fingerprint(Finding.of(CONCAT, Region.line("B.java", 10), "m", CONCAT_LINE)));
    assertNotEquals(base, fingerprint(Finding.of(CONCAT, Region.line("A.java", 10), "m", "s += other;")));
  }

  @Test
  void identicalLinesInOneFileGetDistinctFingerprintsThatFollowFileOrder() {
    List<String> two =
        fingerprints(
            Finding.of(CONCAT, Region.line("A.java", 30), "m", CONCAT_LINE),
            Finding.of(CONCAT, Region.line("A.java", 10), "m", CONCAT_LINE));
    List<String> movedDown =
        fingerprints(
            Finding.of(CONCAT, Region.line("A.java", 40), "m", CONCAT_LINE),
            Finding.of(CONCAT, Region.line("A.java", 20), "m", CONCAT_LINE));

    assertNotEquals(two.get(0), two.get(1));
    assertTrue(two.get(0).endsWith(":1") && two.get(1).endsWith(":2"));
    assertEquals(two, movedDown);
  }

  @Test
  void withoutLineTextTheFingerprintFallsBackToTheLineNumber() {
    String line10 = fingerprint(Finding.of(CONCAT, Region.line("A.java", 10), "m", ""));

    assertEquals(line10, fingerprint(Finding.of(CONCAT, Region.line("A.java", 10), "other", "  ")));
    assertNotEquals(line10, fingerprint(Finding.of(CONCAT, Region.line("A.java", 11), "m", "")));
    assertNotEquals(line10, fingerprint(Finding.of(RESOURCE, Region.line("A.java", 10), "m", "")));
  }

  @Test
  void helpComesFromTheRulePageWhenThereIsOne() {
    String page =
        "# StringConcatInLoop\n\n<!-- summary:begin -->\n> The summary.\n\n"
            + "Family: `concat`. [All rules](README.md#LEAK_X).\n<!-- summary:end -->\n\n"
            + "## What is flagged\n\n"
            + "A `String` *carried* across iterations and extended with `+=` is **copied** on every\n"
            + "iteration; see [the JLS](https://example.org/jls#15.18).\n\nSecond paragraph.\n\n"
            + "Cases: [`cases/concat/`](../../test-cases/cases/concat/), [top](#what-is-flagged).\n"
            + "```java\nint[] a = b[0](c);\n```\n";
    RuleHelp help = new RuleHelp(rule -> rule == CONCAT ? Optional.of(page) : Optional.empty());

    JsonNode rules =
        SarifSchema.assertValid(SarifWriter.toJson(run(List.of()), help)).at("/runs/0/tool/driver/rules");

    JsonNode concat = rules.get(CONCAT.ordinal());
    String base = CONCAT.docUrl().substring(0, CONCAT.docUrl().lastIndexOf('/') + 1);
    String root = base.substring(0, base.length() - "docs/rules/".length());
    String expected =
        page.replace("(README.md#LEAK_X)", "(" + base + "README.md#LEAK_X)")
            .replace("(../../test-cases/cases/concat/)", "(" + root + "test-cases/cases/concat/)")
            .replace("(#what-is-flagged)", "(" + CONCAT.docUrl() + "#what-is-flagged)");
    assertNotEquals(page, expected);
    assertEquals(expected, concat.at("/help/markdown").asString());
    assertEquals(expected, concat.at("/help/text").asString());
    assertEquals(
        "A String carried across iterations and extended with += is copied on every iteration;"
            + " see the JLS.",
        concat.at("/fullDescription/text").asString());
    JsonNode resource = rules.get(RESOURCE.ordinal());
    assertEquals(RESOURCE.summary(), resource.at("/fullDescription/text").asString());
    assertTrue(resource.at("/help/markdown").asString().contains("(" + RESOURCE.docUrl() + ")"));
    assertTrue(resource.at("/help/text").asString().startsWith(RESOURCE.summary()));
  }

  @Test
  void pageWithoutSectionsGivesItsFirstProseParagraph() {
    RuleHelp help = new RuleHelp(rule -> Optional.of("# Title\n\nJust one paragraph.\n"));

    assertEquals("Just one paragraph.", help.fullDescription(CONCAT));
  }

  @Test
  void brokenOrEmptyPagesFallBackToSummaryAndLink() {
    RuleHelp help =
        new RuleHelp(
            rule -> {
              if (rule == CONCAT) {
                throw new IllegalStateException("unreadable page");
              }
              return Optional.of("   \n");
            });

    JsonNode rules =
        SarifSchema.assertValid(SarifWriter.toJson(run(List.of()), help)).at("/runs/0/tool/driver/rules");

    for (Rule rule : Rule.values()) {
      JsonNode r = rules.get(rule.ordinal());
      assertEquals(rule.summary(), r.at("/fullDescription/text").asString());
      assertTrue(r.at("/help/markdown").asString().contains(rule.docUrl()));
    }
  }

  @Test
  void firstParagraphSkipsHeadingsCodeListsAndTables() {
    String page =
        "# Title\r\n\r\n| a | b |\r\n|---|---|\r\n\r\n```java\r\nString s = \"\";\r\n```\r\n\r\n"
            + "- a list item\r\n\r\nThe prose\r\nstarts here.\r\n\r\nNot this.";

    assertEquals(
        Optional.of("The prose starts here."),
        RuleHelp.firstParagraph(page.replace("\r\n", "\n")));
    assertEquals(Optional.empty(), RuleHelp.firstParagraph("# Only a title\n\n```\ncode\n```\n"));
  }

  @Test
  void pagesPackagedWithTheCatalogAreUsedOrFallenBackFrom() {
    // Whatever docs/rules/ holds at build time, the classpath help must be usable for every rule.
    JsonNode rules = validLog(run(List.of())).at("/runs/0/tool/driver/rules");
    for (Rule rule : Rule.values()) {
      Optional<String> page = pageOnClasspath(rule);
      JsonNode r = rules.get(rule.ordinal());
      if (page.isPresent() && !page.get().isBlank()) {
        String markdown = r.at("/help/markdown").asString();
        assertEquals(
            RuleHelp.absoluteLinks(page.get().replace("\r\n", "\n").replace("\ufeff", ""), rule.docUrl()),
            markdown);
        assertFalse(
            markdown.matches("(?s).*\\]\\((?![A-Za-z][A-Za-z0-9+.-]*:)[^)\\s]*\\).*"),
            "no relative links left: " + rule);
      } else {
        assertTrue(r.at("/help/markdown").asString().contains(rule.docUrl()));
      }
    }
  }

  private static Optional<String> pageOnClasspath(Rule rule) {
    try (var in = SarifWriterTest.class.getClassLoader()
        .getResourceAsStream(RuleHelp.PAGE_FOLDER + rule.docFileName())) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void writeCreatesFoldersAndWritesTheSameBytesAsToJson(@TempDir Path dir) throws IOException {
    SarifRun run = run(List.of(Finding.of(CONCAT, Region.point("A.java", 3, 5), "m \u00e9", "s += x;")));
    Path file = dir.resolve("out/nested/leakproof.sarif");

    SarifWriter.write(run, file);

    assertEquals(SarifWriter.toJson(run), Files.readString(file, StandardCharsets.UTF_8));
    SarifSchema.assertValid(file);
  }

  @Test
  void schemaValidatorRejectsInvalidSarif() {
    // Guards against a validator that accepts anything: each log breaks one schema rule.
    String valid = SarifWriter.toJson(run(List.of(Finding.of(CONCAT, Region.point("A.java", 3, 5), "m", "x"))));

    assertTrue(SarifSchema.violations(valid).isEmpty());
    assertFalse(SarifSchema.violations(valid.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"")).isEmpty());
    assertFalse(SarifSchema.violations(valid.replace("\"startLine\": 3", "\"startLine\": 0")).isEmpty());
    assertFalse(SarifSchema.violations(valid.replace("\"level\": \"warning\"", "\"level\": \"severe\"")).isEmpty());
    assertFalse(SarifSchema.violations(valid.replace("\"columnKind\"", "\"columnKinds\"")).isEmpty());
    assertFalse(SarifSchema.violations(valid.replace("\"uri\": \"A.java\"", "\"uri\": \"a b\\\\c.java\"")).isEmpty(),
        "uri-reference format is asserted");
  }
}
