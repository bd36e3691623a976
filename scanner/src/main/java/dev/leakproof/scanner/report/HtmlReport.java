package dev.leakproof.scanner.report;

import dev.leakproof.checks.catalog.BuildInfo;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Fix;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.checks.finding.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One self-contained HTML page of a scan: a summary table, then the findings grouped by rule
 * and file, each with the code around its line and the suggested fix where there is one, and
 * each rule's remediation page. Styles are inline and a content security policy forbids loading
 * anything, so the page opens the same from a CI artifact, an e-mail or a file share.
 */
public final class HtmlReport {
  /** Lines of code shown before and after a finding's line. */
  static final int CONTEXT_LINES = 3;

  private final Path root;
  private final Map<String, Optional<List<String>>> sources = new HashMap<>();

  /** @param root the folder findings' paths are relative to, where their sources are read */
  public HtmlReport(Path root) {
    this.root = root;
  }

  /**
   * The page.
   *
   * @param title what was scanned, e.g. the project's name
   * @param summary one sentence on the scan, e.g. "12 files scanned, 3 findings"
   */
  public String render(String title, String summary, List<Finding> findings,
      List<Notification> notifications) {
    Map<Rule, Map<String, List<Finding>>> byRule = new EnumMap<>(Rule.class);
    for (Finding finding : findings) {
      byRule.computeIfAbsent(finding.rule(), r -> new TreeMap<>())
          .computeIfAbsent(finding.region().path(), p -> new ArrayList<>()).add(finding);
    }
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Leakproof report: ").append(escape(title)).append("</title>\n")
        .append("<style>").append(Style.CSS).append("</style>\n</head>\n<body>\n");
    html.append("<header>\n<h1>Leakproof report: ").append(escape(title)).append("</h1>\n")
        .append("<p id=\"scan-summary\">").append(escape(summary)).append("</p>\n")
        .append("<p class=\"version\">Leakproof ").append(escape(BuildInfo.VERSION))
        .append("</p>\n</header>\n<main>\n");
    summaryTable(html, byRule);
    for (Map.Entry<Rule, Map<String, List<Finding>>> rule : byRule.entrySet()) {
      ruleSection(html, rule.getKey(), rule.getValue());
    }
    notificationSection(html, notifications);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void summaryTable(StringBuilder html,
      Map<Rule, Map<String, List<Finding>>> byRule) {
    html.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
    if (byRule.isEmpty()) {
      html.append("<p class=\"clean\">No findings.</p>\n</section>\n");
      return;
    }
    html.append("<table>\n<thead><tr><th>Rule</th><th>Findings</th><th>Files</th>")
        .append("<th>Level</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<Rule, Map<String, List<Finding>>> rule : byRule.entrySet()) {
      List<Finding> all = rule.getValue().values().stream().flatMap(List::stream).toList();
      html.append("<tr><td><a href=\"#").append(anchor(rule.getKey())).append("\">")
          .append(rule.getKey().ruleName()).append("</a></td><td>").append(all.size())
          .append("</td><td>").append(rule.getValue().size()).append("</td><td>")
          .append(levels(all)).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static String levels(List<Finding> findings) {
    return findings.stream().map(f -> f.severity().sarifLevel()).distinct().sorted()
        .map(level -> "<span class=\"level " + level + "\">" + level + "</span>")
        .reduce((a, b) -> a + " " + b).orElse("");
  }

  private void ruleSection(StringBuilder html, Rule rule, Map<String, List<Finding>> byFile) {
    int count = byFile.values().stream().mapToInt(List::size).sum();
    html.append("<section class=\"rule\" id=\"").append(anchor(rule)).append("\">\n")
        .append("<h2>").append(rule.ruleName()).append(" <span class=\"count\">")
        .append(count).append(count == 1 ? " finding" : " findings").append("</span></h2>\n")
        .append("<p class=\"rule-summary\">").append(escape(rule.summary())).append("</p>\n")
        .append("<details class=\"remediation\">\n<summary>How to fix it: the ")
        .append(rule.ruleName()).append(" page</summary>\n<div class=\"page\">\n")
        .append(RemediationPages.html(rule))
        .append("<p class=\"source\"><a href=\"").append(escape(rule.docUrl()))
        .append("\" target=\"_blank\" rel=\"noopener\">This page online</a></p>\n")
        .append("</div>\n</details>\n");
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      html.append("<section class=\"file\">\n<h3>").append(escape(file.getKey()))
          .append("</h3>\n");
      List<Finding> findings = new ArrayList<>(file.getValue());
      findings.sort(Comparator.comparing(Finding::region));
      for (Finding finding : findings) {
        finding(html, finding);
      }
      html.append("</section>\n");
    }
    html.append("</section>\n");
  }

  private void finding(StringBuilder html, Finding finding) {
    Region region = finding.region();
    html.append("<article class=\"finding\">\n<p class=\"where\"><span class=\"level ")
        .append(finding.severity().sarifLevel()).append("\">")
        .append(finding.severity().sarifLevel()).append("</span> line ")
        .append(region.startLine());
    if (region.hasColumn()) {
      html.append(", column ").append(region.startColumn());
    }
    html.append(": <span class=\"message\">").append(escape(finding.message()))
        .append("</span></p>\n");
    excerpt(html, finding);
    for (Fix fix : finding.fixes()) {
      fix(html, finding, fix);
    }
    html.append("</article>\n");
  }

  /** The finding's line with {@link #CONTEXT_LINES} around it, numbered, the line marked. */
  private void excerpt(StringBuilder html, Finding finding) {
    Region region = finding.region();
    Optional<List<String>> lines = source(region.path());
    int first;
    List<String> shown;
    if (lines.isPresent() && region.startLine() <= lines.get().size()) {
      first = Math.max(1, region.startLine() - CONTEXT_LINES);
      int last = Math.min(lines.get().size(), region.startLine() + CONTEXT_LINES);
      shown = lines.get().subList(first - 1, last);
    } else if (!finding.lineText().isEmpty()) {
      first = region.startLine();
      shown = List.of(finding.lineText());
    } else {
      return;
    }
    int lastFlagged = Math.max(region.startLine(), region.endLine());
    html.append("<pre class=\"excerpt\"><code>");
    for (int i = 0; i < shown.size(); i++) {
      int number = first + i;
      boolean flagged = number >= region.startLine() && number <= lastFlagged;
      html.append("<span class=\"line").append(flagged ? " flagged" : "")
          .append("\"><span class=\"number\">").append(number).append("</span>")
          .append(escape(shown.get(i))).append("</span>"); // a block: no newline between
    }
    html.append("</code></pre>\n");
  }

  /** The fix as the lines it touches, before and after. */
  private void fix(StringBuilder html, Finding finding, Fix fix) {
    html.append("<div class=\"fix\">\n<p>Suggested fix: ").append(escape(fix.description()))
        .append("</p>\n");
    Optional<String> diff = FixPreview.diff(fix, finding.region().path(),
        source(finding.region().path()));
    diff.ifPresent(text -> html.append("<pre class=\"diff\"><code>").append(escape(text))
        .append("</code></pre>\n"));
    html.append("</div>\n");
  }

  private static void notificationSection(StringBuilder html,
      List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return;
    }
    html.append("<section id=\"notifications\">\n<h2>Not analysed, and notes</h2>\n<ul>\n");
    for (Notification notification : notifications) {
      html.append("<li><span class=\"level ").append(escape(notification.level())).append("\">")
          .append(escape(notification.level())).append("</span> ")
          .append(notification.path().isEmpty() ? "" : escape(notification.path()) + ": ")
          .append(escape(notification.message())).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private Optional<List<String>> source(String path) {
    return sources.computeIfAbsent(path, p -> {
      try {
        return Optional.of(Files.readAllLines(root.resolve(p), StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        return Optional.empty(); // the finding's own line text still shows
      }
    });
  }

  static String anchor(Rule rule) {
    return "rule-" + rule.ruleName();
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
