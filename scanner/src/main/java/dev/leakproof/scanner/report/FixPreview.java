package dev.leakproof.scanner.report;

import dev.leakproof.checks.finding.Fix;
import dev.leakproof.checks.finding.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A fix shown as the lines it changes: {@code - old} lines, then {@code + new} lines. */
final class FixPreview {
  private FixPreview() {}

  /**
   * The diff of the fix's replacements in {@code path}; empty when the source is unknown or a
   * replacement falls outside it (the description alone is shown then).
   */
  static Optional<String> diff(Fix fix, String path, Optional<List<String>> source) {
    List<Fix.Replacement> here = fix.replacements().stream()
        .filter(r -> r.region().path().equals(path)).toList();
    if (source.isEmpty() || here.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = source.get();
    int firstLine = here.stream().mapToInt(r -> r.region().startLine()).min().orElseThrow();
    int lastLine = here.stream().mapToInt(r -> Math.max(r.region().startLine(),
        r.region().endLine())).max().orElseThrow();
    if (lastLine > lines.size()) {
      return Optional.empty();
    }
    String before = String.join("\n", lines.subList(firstLine - 1, lastLine));
    StringBuilder after = new StringBuilder(before);
    List<Fix.Replacement> backwards = new ArrayList<>(here);
    backwards.sort(Comparator.comparing((Fix.Replacement r) -> r.region()).reversed());
    for (Fix.Replacement replacement : backwards) {
      Region region = replacement.region();
      int start = offset(lines, firstLine, region.startLine(), region.startColumn());
      int end = offset(lines, firstLine, Math.max(region.startLine(), region.endLine()),
          region.endColumn());
      if (start < 0 || end < start || end > after.length()) {
        return Optional.empty();
      }
      after.replace(start, end, replacement.text());
    }
    StringBuilder diff = new StringBuilder();
    before.lines().forEach(line -> diff.append("- ").append(line).append('\n'));
    after.toString().lines().forEach(line -> diff.append("+ ").append(line).append('\n'));
    return Optional.of(diff.toString());
  }

  /** The offset of (line, 1-based column) in the lines from {@code firstLine} joined by '\n'. */
  private static int offset(List<String> lines, int firstLine, int line, int column) {
    int offset = 0;
    for (int l = firstLine; l < line; l++) {
      offset += lines.get(l - 1).length() + 1;
    }
    int inLine = column - 1;
    return inLine < 0 || inLine > lines.get(line - 1).length() ? -1 : offset + inLine;
  }
}
