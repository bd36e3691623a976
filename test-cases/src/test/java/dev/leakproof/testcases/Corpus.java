package dev.leakproof.testcases;

import dev.leakproof.checks.catalog.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The conformance corpus: every {@code .java} file below its source sets ({@link #SOURCE_SETS}:
 * {@code test-cases/src/main/java}, compiled at {@code --release 8}, and {@code
 * test-cases/src/main/java11}, the cases that need a newer JDK API, compiled at {@code --release
 * 11}), and the findings their lines expect. A corpus path is relative to its file's source set
 * ({@code cases/resource/Foo.java}), so no path may be in two sets.
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

  /**
   * A folder of corpus sources and the {@code --release} it compiles at: the oldest JDK whose
   * API it needs. An engine that compiles the corpus for an older release reads only the sets up
   * to that release ({@link #upToRelease}).
   */
  public record SourceSet(String folder, int release) {}

  /** Every source set of the corpus, oldest release first; test-cases/pom.xml compiles each. */
  public static final List<SourceSet> SOURCE_SETS = List.of(
      new SourceSet("test-cases/src/main/java", 8),
      new SourceSet("test-cases/src/main/java11", 11));

  private final Path projectRoot;
  private final int maxRelease;

  private Corpus(Path projectRoot, int maxRelease) {
    this.projectRoot = projectRoot;
    this.maxRelease = maxRelease;
  }

  /** The corpus of the checkout at {@code projectRoot} (the harness's own tests use this). */
  public static Corpus at(Path projectRoot) {
    return new Corpus(projectRoot.toAbsolutePath().normalize(), Integer.MAX_VALUE);
  }

  /**
   * This corpus without the source sets that need a JDK newer than {@code release}: what an
   * engine reads when it compiles the corpus at {@code --release release}.
   */
  public Corpus upToRelease(int release) {
    return new Corpus(projectRoot, Math.min(maxRelease, release));
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
      return at(Paths.get(property));
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("test-cases/src/main/java"))) {
        return at(dir);
      }
    }
    throw new IllegalStateException(
        "cannot find test-cases/: set -Dleakproof.root to the Leakproof checkout");
  }

  /** The checkout's root (where {@code docs/} and {@code test-cases/} are). */
  public Path projectRoot() {
    return projectRoot;
  }

  /** The source root of the release-8 sources, the bulk of the corpus. */
  public Path sourceRoot() {
    return projectRoot.resolve(SOURCE_SETS.get(0).folder());
  }

  /**
   * The source roots of this corpus, one per source set up to its release, each existing
   * folder; corpus paths are relative to the root of their file.
   */
  public List<Path> sourceRoots() {
    return SOURCE_SETS.stream().filter(set -> set.release() <= maxRelease)
        .map(set -> projectRoot.resolve(set.folder()))
        .filter(Files::isDirectory).toList();
  }

  /** The file of the corpus path {@code path} ({@code cases/resource/Foo.java}), if any. */
  public Optional<Path> file(String path) {
    return sourceSetOf(path).map(set -> projectRoot.resolve(set.folder()).resolve(path));
  }

  /** The source set holding the file of the corpus path {@code path}, if any. */
  public Optional<SourceSet> sourceSetOf(String path) {
    for (SourceSet set : SOURCE_SETS) {
      Path root = projectRoot.resolve(set.folder());
      Path file = root.resolve(path).normalize();
      if (set.release() <= maxRelease && file.startsWith(root) && Files.isRegularFile(file)) {
        return Optional.of(set);
      }
    }
    return Optional.empty();
  }

  /** The known-gaps file. */
  public Path knownGapsFile() {
    return projectRoot.resolve("test-cases/known-gaps.tsv");
  }

  /** Every corpus source file, sorted by corpus path. */
  public List<Path> sourceFiles() {
    List<Path> all = new ArrayList<>();
    for (Path root : sourceRoots()) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(all::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    all.sort(Comparator.comparing(this::relative));
    return all;
  }

  /** {@code file} relative to its source root, with {@code /} separators. */
  public String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = sourceRoots().stream().filter(absolute::startsWith).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(file + " is in no corpus source set"));
    return root.relativize(absolute).toString().replace('\\', '/');
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
