package dev.leakproof.scanner.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Which collected files to scan, by glob patterns over their path relative to the scan root
 * ({@code /} separators, Java {@code glob:} syntax). A file is scanned when it matches some
 * include (or there are none) and no exclude. A pattern starting with {@code **}{@code /} also
 * matches at the root itself, so {@code **}{@code /generated/**} excludes a top-level
 * {@code generated/} folder too.
 */
public final class SourceFilter {
  public static final SourceFilter ALL = new SourceFilter(List.of(), List.of());

  private final List<Glob> includes;
  private final List<Glob> excludes;

  private SourceFilter(List<Glob> includes, List<Glob> excludes) {
    this.includes = includes;
    this.excludes = excludes;
  }

  /**
   * @throws IllegalArgumentException when a pattern is not a valid glob; the message names it
   */
  public static SourceFilter of(List<String> includes, List<String> excludes) {
    return new SourceFilter(includes.stream().map(Glob::new).toList(),
        excludes.stream().map(Glob::new).toList());
  }

  /** Whether the file at {@code relativePath} (as {@link Scanner} reports paths) is scanned. */
  public boolean accepts(String relativePath) {
    Path path = Path.of(relativePath);
    boolean included = includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(path));
    return included && excludes.stream().noneMatch(g -> g.matches(path));
  }

  private static final class Glob {
    private final PathMatcher matcher;
    private final PathMatcher atRoot;

    Glob(String pattern) {
      try {
        matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        atRoot = pattern.startsWith("**/")
            ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3))
            : matcher;
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "'" + pattern + "' is not a valid glob: " + e.getDescription(), e);
      }
    }

    boolean matches(Path path) {
      return matcher.matches(path) || atRoot.matches(path);
    }
  }
}
