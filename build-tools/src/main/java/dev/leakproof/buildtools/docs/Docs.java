package dev.leakproof.buildtools.docs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.testcases.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Where the remediation pages live in this checkout, and how the docs tests read and write them. */
final class Docs {
  /** The system property that makes the docs tests rewrite generated text instead of failing. */
  static final String UPDATE_PROPERTY = "leakproof.docs.update";

  /** What a failure message tells people to run; the docs index shows it too. */
  static final String REGENERATE_COMMAND =
      "./build -pl build-tools -am test -D" + UPDATE_PROPERTY + "=true";

  static final String INDEX_FILE = "README.md";

  private final Corpus corpus;

  private Docs(Corpus corpus) {
    this.corpus = corpus;
  }

  static Docs ofThisCheckout() {
    return new Docs(Corpus.locate());
  }

  static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  Corpus corpus() {
    return corpus;
  }

  Path projectRoot() {
    return corpus.projectRoot();
  }

  Path rulesDir() {
    return projectRoot().resolve("docs/rules");
  }

  /** The project's own README.md, whose table of rules is generated too. */
  Path projectReadme() {
    return projectRoot().resolve("README.md");
  }

  Path index() {
    return rulesDir().resolve(INDEX_FILE);
  }

  Path page(Rule rule) {
    return rulesDir().resolve(rule.docFileName());
  }

  /** Every Markdown file in docs/rules/, index included, sorted. */
  List<Path> markdownFiles() {
    try (Stream<Path> files = Files.list(rulesDir())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code file} relative to the checkout root, for messages. */
  String shown(Path file) {
    return projectRoot().relativize(file).toString().replace('\\', '/');
  }

  static List<String> lines(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1); // the final newline ends the last line, it starts none
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, List<String> lines) {
    try {
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
