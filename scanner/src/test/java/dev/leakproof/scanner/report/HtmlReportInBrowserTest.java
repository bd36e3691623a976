package dev.leakproof.scanner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.scanner.cli.CommandLine;
import dev.leakproof.scanner.testing.Chromium;
import dev.leakproof.scanner.testing.SourceTree;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a real browser shows it: the command line writes it, headless Chromium opens it,
 * and the test fails on any console message (a script error, or a load the page's content
 * security policy blocked) or a missing section. The screenshot stays in
 * {@code target/html-report/} for a human to look at.
 */
class HtmlReportInBrowserTest {
  private static final String LEAKS = """
      package p;
      class A {
        int first(String name) throws java.io.IOException {
          return new java.io.FileInputStream(name).read();
        }
        String f(String[] parts) {
          String s = "";
          for (String p : parts) s += p;
          return s;
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void chromiumRendersEverySectionWithoutAConsoleMessage() throws Exception {
    Chromium chromium = Chromium.require();
    SourceTree tree = new SourceTree(dir);
    tree.write("project/src/p/A.java", LEAKS);
    // Broken where a rule could report (a loop with +=): files no rule could report in are
    // skipped unparsed by the text prefilter, so they get no notification.
    tree.write("project/src/p/Broken.java", "package p; class Broken { void f() { for (;;) s += 1;");
    Path html = dir.resolve("leakproof.html");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    assertEquals(1, new CommandLine(quiet, quiet, dir)
        .run("scan", "--format", "html", "--output", html.toString(), "project"));

    Chromium.Page page = chromium.open(html, Files.createDirectories(dir.resolve("chromium")));

    assertEquals(List.of(), page.consoleMessages());
    Document dom = Jsoup.parse(page.dom());
    assertNotNull(dom.getElementById("summary"), "summary");
    assertEquals(2, dom.select("#summary tbody tr").size(), dom.html());
    for (String rule : List.of("UnclosedResource", "StringConcatInLoop")) {
      assertNotNull(dom.getElementById("rule-" + rule), rule);
      assertFalse(dom.select("#rule-" + rule + " details.remediation .page h2").isEmpty(),
          rule + "'s remediation page");
      assertFalse(dom.select("#rule-" + rule + " pre.excerpt .line.flagged").isEmpty(),
          rule + "'s code excerpt");
    }
    assertTrue(dom.getElementById("notifications").text().contains("p/Broken.java"));

    // For a human: the report, and a screenshot with the remediation pages unfolded.
    Path screenshots = Files.createDirectories(Path.of("target", "html-report"));
    Files.copy(html, screenshots.resolve("leakproof.html"), StandardCopyOption.REPLACE_EXISTING);
    Path unfolded = dir.resolve("unfolded.html");
    Files.writeString(unfolded, Files.readString(html)
        .replace("<details class=\"remediation\">", "<details class=\"remediation\" open>"));
    chromium.screenshot(unfolded, screenshots.resolve("leakproof.png").toAbsolutePath(), 1280,
        4000, dir.resolve("chromium"));
  }

  @Test
  void theHarnessCatchesAPageThatLoadsSomethingOrFailsAScript() throws Exception {
    Chromium chromium = Chromium.require();
    Path bad = dir.resolve("bad.html");
    String report = new HtmlReport(dir).render("x", "y", List.of(), List.of());
    Files.writeString(bad, report.replace("</main>",
        "<img src=\"https://example.invalid/x.png\"><script>boom()</script></main>"));

    Chromium.Page page = chromium.open(bad, Files.createDirectories(dir.resolve("chromium")));

    assertEquals(2, page.consoleMessages().size(), String.join("\n", page.consoleMessages()));
  }
}
