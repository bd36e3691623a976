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
 *
 * <p>A filter remembers which patterns matched some path, so a caller can tell the user about a
 * pattern that matched nothing (a gate that silently scans nothing is worse than an error).
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
    // Every pattern is tried (no short cut), so each one records whether it ever matched.
    boolean included = includes.isEmpty() || matchesAny(includes, path);
    boolean excluded = matchesAny(excludes, path);
    return included && !excluded;
  }

  private static boolean matchesAny(List<Glob> globs, Path path) {
    boolean any = false;
    for (Glob glob : globs) {
      any |= glob.matches(path);
    }
    return any;
  }

  /** The include patterns that matched none of the paths asked about so far. */
  public List<String> includesThatMatchedNothing() {
    return unmatched(includes);
  }

  /** The exclude patterns that matched none of the paths asked about so far. */
  public List<String> excludesThatMatchedNothing() {
    return unmatched(excludes);
  }

  private static List<String> unmatched(List<Glob> globs) {
    return globs.stream().filter(glob -> !glob.matchedSomething).map(glob -> glob.pattern)
        .toList();
  }

  private static final class Glob {
    private final String pattern;
    private final PathMatcher matcher;
    private final PathMatcher atRoot;
    /** Set by {@link #matches}; volatile because a scan may filter on several threads. */
    private volatile boolean matchedSomething;

    Glob(String pattern) {
      this.pattern = pattern;
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
      boolean matches = matcher.matches(path) || atRoot.matches(path);
      if (matches) {
        matchedSomething = true;
      }
      return matches;
    }
  }
}
