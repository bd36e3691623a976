package dev.leakproof.testcases;

import dev.leakproof.checks.catalog.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exact sentence every engine must show for each expected finding of the corpus:
 * {@code test-cases/sentences.tsv}, tab-separated {@code path:line, rule, sentence}, sorted.
 *
 * <p>The sentences come from the rule models in {@code checks/}, so the engines differ only
 * where the facts they extract differ: this file is what catches that. Regenerate it from an
 * engine's output with {@code -Dleakproof.sentences.update=true} on that engine's conformance
 * test (see CONTRIBUTING.md), and review the diff like code.
 */
public final class Sentences {
  /** The system property that makes a conformance run rewrite the file from its engine. */
  public static final String UPDATE_PROPERTY = "leakproof.sentences.update";

  private static final String HEADER = """
      # The sentence every engine must report for each expected finding of the corpus.
      # Columns, tab-separated: path:line (relative to its source set, test-cases/src/main/java*),
      # rule, sentence.
      # Regenerate with -Dleakproof.sentences.update=true on an engine's conformance test.
      """;

  private final Map<Expectation, String> byFinding;

  private Sentences(Map<Expectation, String> byFinding) {
    this.byFinding = byFinding;
  }

  public static Sentences read(Path file) {
    Map<Expectation, String> byFinding = new TreeMap<>();
    if (!Files.exists(file)) {
      return new Sentences(byFinding);
    }
    List<String> lines = Corpus.read(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file.getFileName() + ":" + (i + 1) + ": ";
      String[] cols = line.split("\t", 3);
      int colon = cols[0].lastIndexOf(':');
      if (cols.length != 3 || colon < 0 || cols[2].isBlank()) {
        throw new IllegalStateException(where + "want path:line, rule and sentence, tab-separated");
      }
      Rule rule = Rule.byName(cols[1]).orElseThrow(
          () -> new IllegalStateException(where + "unknown rule '" + cols[1] + "'"));
      Expectation at = new Expectation(cols[0].substring(0, colon),
          Integer.parseInt(cols[0].substring(colon + 1)), rule);
      if (byFinding.put(at, cols[2]) != null) {
        throw new IllegalStateException(where + at + " is listed twice");
      }
    }
    return new Sentences(byFinding);
  }

  /** The sentence expected at {@code finding}, or null when the file has none. */
  public String of(Expectation finding) {
    return byFinding.get(finding);
  }

  public Map<Expectation, String> all() {
    return Map.copyOf(byFinding);
  }

  /**
   * Writes {@code reported} (those the corpus expects) as the new contract for the corpus paths
   * {@code read}; the sentences of other paths (a source set the engine did not read) stay.
   */
  public static void write(Path file, Collection<Reported> reported,
      Collection<Expectation> expected, Set<String> read) {
    Map<Expectation, String> sorted = new TreeMap<>();
    read(file).all().forEach((at, sentence) -> {
      if (!read.contains(at.path())) {
        sorted.put(at, sentence);
      }
    });
    for (Reported r : reported) {
      if (expected.contains(r.at())) {
        sorted.put(r.at(), r.sentence());
      }
    }
    List<String> out = new ArrayList<>();
    sorted.forEach((at, sentence) -> out.add(at.path() + ":" + at.line() + "\t"
        + at.rule().ruleName() + "\t" + sentence.replace('\t', ' ').replace('\n', ' ')));
    try {
      Files.writeString(file, HEADER + String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
