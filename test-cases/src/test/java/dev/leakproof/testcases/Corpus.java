package dev.leakproof.testcases;

import dev.leakproof.checks.catalog.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The conformance corpus in {@code test-cases/src/main/java}: every {@code .java} file below it,
 * and the findings its lines expect.
 *
 * <p>A line that must be flagged ends with a marker comment naming the rule(s):
 * <pre>{@code   s += part; // expect: StringConcatInLoop}</pre>
 * Every line without a marker must stay silent.
 */
public final class Corpus {
  /** {@code // expect: RuleA, RuleB} at the end of a line. */
  private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([A-Za-z, ]+)\\s*$");

  private final Path projectRoot;

  private Corpus(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  /** The corpus of the checkout at {@code projectRoot} (the harness's own tests use this). */
  public static Corpus at(Path projectRoot) {
    return new Corpus(projectRoot.toAbsolutePath().normalize());
  }

  /**
   * The corpus of this checkout: the {@code leakproof.root} system property (set by the parent
   * pom for every test), or the nearest ancestor of the working directory holding
   * {@code test-cases/}.
   */
  public static Corpus locate() {
    String property = System.getProperty("leakproof.root");
    if (property != null && !property.isEmpty()
        && Files.isDirectory(Paths.get(property, "test-cases"))) {
      return new Corpus(Paths.get(property).toAbsolutePath().normalize());
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("test-cases/src/main/java"))) {
        return new Corpus(dir);
      }
    }
    throw new IllegalStateException(
        "cannot find test-cases/: set -Dleakproof.root to the Leakproof checkout");
  }

  /** The checkout's root (where {@code docs/} and {@code test-cases/} are). */
  public Path projectRoot() {
    return projectRoot;
  }

  /** The source root of the corpus; corpus paths are relative to it. */
  public Path sourceRoot() {
    return projectRoot.resolve("test-cases/src/main/java");
  }

  /** The known-gaps file. */
  public Path knownGapsFile() {
    return projectRoot.resolve("test-cases/known-gaps.tsv");
  }

  /** Every corpus source file, sorted. */
  public List<Path> sourceFiles() {
    try (Stream<Path> files = Files.walk(sourceRoot())) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code file} relative to the source root, with {@code /} separators. */
  public String relative(Path file) {
    return sourceRoot().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Every finding the corpus expects, sorted by file and line. */
  public List<Expectation> expectations() {
    List<Expectation> all = new ArrayList<>();
    for (Path file : sourceFiles()) {
      all.addAll(expectationsIn(file));
    }
    return all;
  }

  /** The findings one corpus file expects. */
  public List<Expectation> expectationsIn(Path file) {
    List<String> lines = read(file);
    List<Expectation> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      for (String name : m.group(1).split(",")) {
        String trimmed = name.trim();
        Rule rule = Rule.byName(trimmed).orElseThrow(() -> new IllegalStateException(
            relative(file) + ": marker names unknown rule '" + trimmed + "'"));
        found.add(new Expectation(relative(file), i + 1, rule));
      }
    }
    return found;
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
