package dev.leakproof.checkstyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated real sources (the corpus and the scanner's own tests) through the scanner and through
 * the Checkstyle adapter: tokens deleted, duplicated and swapped, files truncated, deep nesting,
 * very long lines. Every file is analysed or named in a notification, no exception escapes,
 * nothing hangs (a file over its budget is a notification too). The seed is fixed, so a failure
 * can be replayed; bounded to about a minute on two cores.
 */
class MutatedSourcesFuzzTest {
  private static final long SEED = 20261202L;
  private static final int MUTANTS = 1200;
  private static final int THROUGH_CHECKSTYLE = 300;
  private static final Pattern TOKEN =
      // A string literal as an unrolled loop: no stack per character on a huge literal.
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*+|\\d[\\w.]*+"
          + "|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|\\S");

  @TempDir Path dir;

  @Test
  void everyMutantIsAnalysedOrANotificationAndNothingEscapes() throws Exception {
    List<String> originals = originals();
    assertTrue(originals.size() > 100, "too few sources found: " + originals.size());
    Random random = new Random(SEED);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < MUTANTS; i++) {
      String original = originals.get(random.nextInt(originals.size()));
      Path file = dir.resolve("m" + i / 100).resolve("Mutant" + i + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, mutate(original, random));
      files.add(file);
    }

    ScanResult result = Scanner.withAllRules().withFileBudget(Duration.ofSeconds(5))
        .scan(List.of(dir), dir);

    assertEquals(MUTANTS, result.filesAnalysed() + result.filesNotAnalysed());
    Set<String> named = result.notifications().stream()
        .filter(n -> n.level().equals("error")).map(Notification::path)
        .collect(Collectors.toSet());
    assertTrue(named.size() >= result.filesNotAnalysed(),
        "a file not analysed must be named in a notification: " + result.notifications());
    assertTrue(result.filesNotAnalysed() > MUTANTS / 10,
        "the mutants must break the parser often: " + result.filesNotAnalysed());
    assertTrue(result.filesAnalysed() > MUTANTS / 10,
        "many mutants still parse: " + result.filesAnalysed());
    assertEquals(List.of(), result.notifications().stream()
        .filter(n -> n.message().contains("internal error")).toList());

    // The same files through Checkstyle, as a user's build runs the adapter: Checker.process
    // throws if the check lets an exception out.
    DefaultConfiguration root = new DefaultConfiguration("Checker");
    root.addChild(new DefaultConfiguration("Leakproof"));
    Checker checker = new Checker();
    checker.setModuleClassLoader(getClass().getClassLoader());
    checker.configure(root);
    try {
      List<File> some = files.subList(0, THROUGH_CHECKSTYLE).stream().map(Path::toFile).toList();
      checker.process(some);
    } finally {
      checker.destroy();
    }
  }

  private static List<String> originals() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path root : List.of(Path.of("../../test-cases/src/main/java"),
        Path.of("../src/test/java"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          texts.add(Files.readString(file));
        }
      }
    }
    return texts;
  }

  /** One to three mutations of {@code text}. */
  static String mutate(String text, Random random) {
    String mutant = text;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      mutant = switch (random.nextInt(7)) {
        case 0 -> deleteToken(mutant, random);
        case 1 -> duplicateToken(mutant, random);
        case 2 -> swapTokens(mutant, random);
        case 3 -> mutant.substring(0, random.nextInt(mutant.length() + 1));
        case 4 -> deepNesting(mutant, random);
        case 5 -> longLine(mutant, random);
        default -> deleteToken(duplicateToken(mutant, random), random);
      };
    }
    return mutant;
  }

  private static List<int[]> tokens(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
    }
    return spans;
  }

  private static String deleteToken(String text, Random random) {
    List<int[]> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return text;
    }
    int[] t = tokens.get(random.nextInt(tokens.size()));
    return text.substring(0, t[0]) + text.substring(t[1]);
  }

  private static String duplicateToken(String text, Random random) {
    List<int[]> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return text;
    }
    int[] t = tokens.get(random.nextInt(tokens.size()));
    return text.substring(0, t[1]) + " " + text.substring(t[0], t[1]) + text.substring(t[1]);
  }

  private static String swapTokens(String text, Random random) {
    List<int[]> tokens = tokens(text);
    if (tokens.size() < 2) {
      return text;
    }
    int[] a = tokens.get(random.nextInt(tokens.size()));
    int[] b = tokens.get(random.nextInt(tokens.size()));
    if (a[0] > b[0]) {
      int[] swap = a;
      a = b;
      b = swap;
    }
    if (a[0] == b[0]) {
      return text;
    }
    return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
        + text.substring(a[0], a[1]) + text.substring(b[1]);
  }

  /** Parentheses, blocks, or concatenations nested hundreds to thousands deep, at some token. */
  private static String deepNesting(String text, Random random) {
    int depth = 200 + random.nextInt(3000);
    String nested = switch (random.nextInt(4)) {
      case 0 -> "(".repeat(depth) + "x" + ")".repeat(depth);
      case 1 -> "{".repeat(depth) + "}".repeat(depth);
      case 2 -> "s" + " + s".repeat(depth * 10);
      // Nested anonymous classes, which JavaParser's lookahead takes exponential time over
      // when the code around them is broken: a few levels only (ten take minutes; FileBudgetTest
      // covers a file that never stops), but enough to exercise that lookahead.
      default -> "new Object() { void f() { ".repeat(2 + depth % 4) + "}}".repeat(2 + depth % 4);
    };
    return insertAtToken(text, nested, random);
  }

  /** A line of tens of thousands to a million characters. */
  private static String longLine(String text, Random random) {
    int length = 10_000 + random.nextInt(1_000_000);
    String line = switch (random.nextInt(3)) {
      case 0 -> "\"" + "a".repeat(length) + "\"";
      case 1 -> "int " + "x".repeat(length) + ";";
      default -> "// " + "y".repeat(length);
    };
    return insertAtToken(text, line, random);
  }

  private static String insertAtToken(String text, String inserted, Random random) {
    List<int[]> tokens = tokens(text);
    int at = tokens.isEmpty() ? 0 : tokens.get(random.nextInt(tokens.size()))[0];
    return text.substring(0, at) + inserted + text.substring(at);
  }
}
