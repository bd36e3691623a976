package dev.leakproof.scanner.testing;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.scanner.engine.SourceRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throw-away source tree for tests: write files, scan them, read the findings. */
public final class SourceTree {
  private final Path root;

  /**
   * A class in {@code pkg} whose method extends a String in a loop: one StringConcatInLoop
   * finding, at line 5, column 28.
   */
  public static String leaky(String pkg, String className) {
    return """
        package %s;
        class %s {
          String f(String[] parts) {
            String s = "";
            for (String p : parts) s += p;
            return s;
          }
        }
        """.formatted(pkg, className);
  }

  /**
   * The 1-based numbers of the lines of {@code source} that end in {@code // flag}: what a rule
   * test expects to be reported, every other line being expected silent.
   */
  public static List<Integer> markedLines(String source) {
    List<Integer> marked = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].endsWith("// flag")) {
        marked.add(i + 1);
      }
    }
    return marked;
  }

  public SourceTree(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Writes {@code text} to {@code relativePath} (UTF-8) and returns the file. */
  public Path write(String relativePath, String text) {
    return writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public Path writeBytes(String relativePath, byte[] bytes) {
    try {
      Path file = root.resolve(relativePath);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ScanResult scan(List<SourceRule> rules) {
    return new Scanner(rules, 2).scan(List.of(root), root);
  }

  /** The findings of {@code rules} over the whole tree as {@code path:line:col}, sorted. */
  public List<String> findings(List<SourceRule> rules) {
    ScanResult result = scan(rules);
    if (!result.notifications().isEmpty()) {
      throw new AssertionError("the test sources did not all analyse: " + result.notifications());
    }
    return result.findings().stream().map(SourceTree::where).toList();
  }

  public static String where(Finding f) {
    return f.region().path() + ":" + f.region().startLine() + ":" + f.region().startColumn();
  }
}
