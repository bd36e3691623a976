package dev.leakproof.scanner.cli;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Region;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The text format: one {@code path:line:col: warning: [RuleName] message} line per finding (the
 * shape javac and Error Prone print, so terminals, editors and CI log parsers turn it into a
 * link to the line), then a summary with one line per rule and its remediation page, so a large
 * scan does not repeat the same link thousands of times.
 */
final class TextReport {
  private final Path root;
  private final Path cwd;

  /** Paths in findings are relative to {@code root}; lines show them relative to {@code cwd}. */
  TextReport(Path root, Path cwd) {
    this.root = root;
    this.cwd = cwd;
  }

  /** The whole report; empty when there is no finding. */
  String render(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "";
    }
    String newline = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    Map<Rule, int[]> perRule = new EnumMap<>(Rule.class);
    Map<Rule, String> levels = new EnumMap<>(Rule.class);
    for (Finding finding : findings) {
      text.append(line(finding)).append(newline);
      perRule.computeIfAbsent(finding.rule(), r -> new int[1])[0]++;
      levels.merge(finding.rule(), finding.severity().sarifLevel(),
          (a, b) -> a.equals(b) ? a : "warning/error");
    }
    text.append(newline);
    for (Map.Entry<Rule, int[]> entry : perRule.entrySet()) {
      Rule rule = entry.getKey();
      int count = entry.getValue()[0];
      text.append(rule.ruleName()).append(": ").append(count)
          .append(count == 1 ? " finding (" : " findings (").append(levels.get(rule))
          .append(") - how to fix: ").append(rule.docUrl()).append(newline);
    }
    return text.toString();
  }

  String line(Finding finding) {
    Region region = finding.region();
    StringBuilder line = new StringBuilder(shown(region.path())).append(':')
        .append(region.startLine()).append(':');
    if (region.hasColumn()) {
      line.append(region.startColumn()).append(':');
    }
    return line.append(' ').append(finding.severity().sarifLevel()).append(": [")
        .append(finding.rule().ruleName()).append("] ").append(finding.message()).toString();
  }

  /** A path relative to the root, as the user should see it. */
  String shown(String pathUnderRoot) {
    Path file = root.resolve(pathUnderRoot).normalize();
    Path shown = file.startsWith(cwd) ? cwd.relativize(file) : file;
    String text = shown.toString();
    return text.isEmpty() ? "." : text;
  }
}
