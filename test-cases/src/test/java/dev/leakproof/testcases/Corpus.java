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
 * <p>A line that must be flagged ends with a marker comment naming the rule(s), each optionally
 * with a fragment in double quotes that the finding's sentence must contain in every engine:
 * <pre>{@code   s += part; // expect: StringConcatInLoop "'s' grows on every iteration"}</pre>
 * Every line without a marker must stay silent. The whole sentence of each finding is in
 * {@code test-cases/sentences.tsv}.
 */
public final class Corpus {
  /** One entry of a marker: a rule name, then optionally a quoted fragment of its sentence. */
  private static final String ENTRY = "([A-Za-z]+)(?:\\s+\"([^\"]*)\")?";

  /** {@code // expect: RuleA "fragment", RuleB} at the end of a line. */
  private static final Pattern MARKER = Pattern.compile(
      "//\\s*expect:\\s*(" + ENTRY + "(?:\\s*,\\s*" + ENTRY + ")*)\\s*$");

  private static final Pattern ONE_ENTRY = Pattern.compile(ENTRY);

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
    return markersIn(file).stream().map(Marker::at).toList();
  }

  /** Every marker of the corpus, with its sentence fragment. */
  public List<Marker> markers() {
    List<Marker> all = new ArrayList<>();
    for (Path file : sourceFiles()) {
      all.addAll(markersIn(file));
    }
    return all;
  }

  /** The markers of one corpus file, in line order. */
  public List<Marker> markersIn(Path file) {
    List<String> lines = read(file);
    List<Marker> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      Matcher entry = ONE_ENTRY.matcher(m.group(1));
      while (entry.find()) {
        String name = entry.group(1);
        Rule rule = Rule.byName(name).orElseThrow(() -> new IllegalStateException(
            relative(file) + ": marker names unknown rule '" + name + "'"));
        found.add(new Marker(new Expectation(relative(file), i + 1, rule),
            entry.group(2) == null ? "" : entry.group(2)));
      }
    }
    return found;
  }

  /** The file of exact sentences, {@link Sentences}. */
  public Path sentencesFile() {
    return projectRoot.resolve("test-cases/sentences.tsv");
  }

  /**
   * A marker: the finding a corpus line expects and the fragment its sentence must contain
   * ({@code ""} when the marker gives none).
   */
  public record Marker(Expectation at, String fragment) {}

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
