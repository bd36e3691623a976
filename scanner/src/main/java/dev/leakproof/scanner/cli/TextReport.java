package dev.leakproof.scanner.cli;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Region;
import java.nio.file.Path;

/**
 * The text format: {@code path:line:col: RuleName: message (link)}, the shape compilers use, so
 * terminals and editors turn it into a link to the line.
 */
final class TextReport {
  private final Path root;
  private final Path cwd;

  /** Paths in findings are relative to {@code root}; lines show them relative to {@code cwd}. */
  TextReport(Path root, Path cwd) {
    this.root = root;
    this.cwd = cwd;
  }

  String line(Finding finding) {
    Region region = finding.region();
    StringBuilder line = new StringBuilder(shown(region.path())).append(':')
        .append(region.startLine()).append(':');
    if (region.hasColumn()) {
      line.append(region.startColumn()).append(':');
    }
    return line.append(' ').append(finding.rule().ruleName()).append(": ")
        .append(finding.message()).append(" (").append(finding.rule().docUrl()).append(')')
        .toString();
  }

  /** A path relative to the root, as the user should see it. */
  String shown(String pathUnderRoot) {
    Path file = root.resolve(pathUnderRoot).normalize();
    Path shown = file.startsWith(cwd) ? cwd.relativize(file) : file;
    String text = shown.toString();
    return text.isEmpty() ? "." : text;
  }
}
