package dev.leakproof.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.Severity;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Fix;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.checks.finding.Region;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final String SOURCE = """
      package p;
      class A {
        int first(String name) throws java.io.IOException {
          // a <comment> & more
          java.io.InputStream in = new java.io.FileInputStream(name);
          return in.read();
        }
        String f(String[] parts) {
          String s = "";
          for (String p : parts) s += p;
          return s;
        }
      }
      """;

  @TempDir Path dir;

  private Document render(List<Finding> findings, List<Notification> notifications) {
    new SourceTree(dir).write("p/A.java", SOURCE);
    return Jsoup.parse(new HtmlReport(dir).render("demo", "1 file scanned, 2 findings",
        findings, notifications));
  }

  private static Finding resource(Severity severity, List<Fix> fixes) {
    return new Finding(Rule.UNCLOSED_RESOURCE, Region.point("p/A.java", 5, 30),
        "the stream is not closed", "", fixes, severity);
  }

  private static Finding concat() {
    return Finding.of(Rule.STRING_CONCAT_IN_LOOP, Region.point("p/A.java", 10, 28),
        "'s' grows", "    for (String p : parts) s += p;");
  }

  @Test
  void findingsAreGroupedByRuleThenFileWithTheCodeAroundTheirLine() {
    Document page = render(List.of(concat(), resource(Severity.ERROR, List.of())), List.of());

    assertEquals("demo", page.title().replace("Leakproof report: ", ""));
    assertEquals("1 file scanned, 2 findings", page.getElementById("scan-summary").text());
    List<String> summaryRows = page.select("#summary tbody tr").eachText();
    assertEquals(List.of("UnclosedResource 1 1 error", "StringConcatInLoop 1 1 warning"),
        summaryRows, "catalog order, with counts of findings and files, and levels");

    Element resource = page.getElementById("rule-UnclosedResource");
    assertEquals("p/A.java", resource.selectFirst("section.file h3").text());
    Element finding = resource.selectFirst("article.finding");
    assertTrue(finding.text().contains("error line 5, column 30: the stream is not closed"),
        finding.text());
    List<String> numbers = finding.select("pre.excerpt .number").eachText();
    assertEquals(List.of("2", "3", "4", "5", "6", "7", "8"), numbers);
    Element flagged = finding.selectFirst("pre.excerpt .line.flagged");
    assertTrue(flagged.text().contains("new java.io.FileInputStream(name)"), flagged.text());
    // Code is text, never markup.
    assertTrue(finding.selectFirst("pre.excerpt").text().contains("// a <comment> & more"));
  }

  @Test
  void eachRuleCarriesItsRemediationPageRendered() {
    Document page = render(List.of(concat()), List.of());

    Element remediation = page.selectFirst("#rule-StringConcatInLoop details.remediation .page");
    assertTrue(remediation.select("h1, h2").size() >= 2, "the page's headings: " + remediation);
    assertFalse(remediation.select("pre code").isEmpty(), "its code samples");
    assertTrue(remediation.html().contains("StringBuilder"), remediation.html());
    assertFalse(remediation.text().contains("<!--"), "the docs' marker comments are dropped");
    assertTrue(remediation.select("a[href]").stream()
        .anyMatch(a -> a.attr("href").equals(Rule.STRING_CONCAT_IN_LOOP.docUrl())));
  }

  @Test
  void aFixIsShownAsTheLinesItChanges() {
    Fix fix = new Fix("close the stream with try-with-resources", List.of(
        new Fix.Replacement(new Region("p/A.java", 5, 5, 5, 64),
            "try (java.io.InputStream in = new java.io.FileInputStream(name)) {"),
        new Fix.Replacement(new Region("p/A.java", 6, 22, 6, 22), " }")));

    Document page = render(List.of(resource(Severity.WARNING, List.of(fix))), List.of());

    Element shown = page.selectFirst("article.finding .fix");
    assertTrue(shown.text().startsWith("Suggested fix: close the stream with try-with-resources"));
    assertEquals("""
        -     java.io.InputStream in = new java.io.FileInputStream(name);
        -     return in.read();
        +     try (java.io.InputStream in = new java.io.FileInputStream(name)) {
        +     return in.read(); }
        """, shown.selectFirst("pre.diff").wholeText());
  }

  @Test
  void noFindingsSaysSoAndNotificationsAreListed() {
    Document page = render(List.of(), List.of(
        new Notification("error", "p/Broken.java", 0, "cannot analyse: syntax error")));

    assertEquals("No findings.", page.selectFirst("#summary .clean").text());
    assertTrue(page.select("section.rule").isEmpty());
    assertEquals("error p/Broken.java: cannot analyse: syntax error",
        page.selectFirst("#notifications li").text());
  }

  @Test
  void thePageLoadsNothing() {
    Document page = render(List.of(concat(), resource(Severity.ERROR, List.of())), List.of());

    assertTrue(page.select("script, link, img, iframe, object, embed, [src]").isEmpty(),
        page.html());
    assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
        .startsWith("default-src 'none'"));
  }
}
