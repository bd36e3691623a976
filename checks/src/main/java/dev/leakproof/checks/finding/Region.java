package dev.leakproof.checks.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * A span of a source file. Lines and columns are 1-based; the end column is exclusive, as in
 * SARIF. An end of 0 means "not known" (bytecode engines know the line only).
 *
 * @param path the file, relative to the analysis root, with {@code /} separators
 */
public record Region(String path, int startLine, int startColumn, int endLine, int endColumn)
    implements Comparable<Region> {

  private static final Comparator<Region> ORDER =
      Comparator.comparing(Region::path)
          .thenComparingInt(Region::startLine)
          .thenComparingInt(Region::startColumn)
          .thenComparingInt(Region::endLine)
          .thenComparingInt(Region::endColumn);

  public Region {
    Objects.requireNonNull(path, "path");
    path = path.replace('\\', '/');
    if (startLine < 1) {
      throw new IllegalArgumentException("startLine must be >= 1: " + startLine);
    }
  }

  /** A region known only by its line. */
  public static Region line(String path, int line) {
    return new Region(path, line, 0, 0, 0);
  }

  /** A point: a line and the column where the finding starts. */
  public static Region point(String path, int line, int column) {
    return new Region(path, line, column, 0, 0);
  }

  public boolean hasColumn() {
    return startColumn > 0;
  }

  public boolean hasEnd() {
    return endLine > 0 && endColumn > 0;
  }

  @Override
  public int compareTo(Region other) {
    return ORDER.compare(this, other);
  }
}
