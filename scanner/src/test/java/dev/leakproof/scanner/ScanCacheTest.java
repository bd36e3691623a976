package dev.leakproof.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.GeneratedCode;
import dev.leakproof.checks.sarif.SarifRun;
import dev.leakproof.checks.sarif.SarifWriter;
import dev.leakproof.scanner.cli.CommandLine;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.SourceRules;
import dev.leakproof.testcases.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cache}: a scan through the cache reports exactly what a scan without it reports,
 * after random edits of the corpus between scans, and analyses only what may have changed; a
 * cache it cannot trust is ignored with one warning.
 */
class ScanCacheTest {
  @TempDir Path dir;

  /** Counts the files the scan really analyses (each rule sees each analysed file). */
  private static final class Counting implements SourceRule {
    final SourceRule rule;
    final AtomicInteger files;

    Counting(SourceRule rule, AtomicInteger files) {
      this.rule = rule;
      this.files = files;
    }

    @Override
    public Rule rule() {
      return rule.rule();
    }

    @Override
    public void check(SourceFile file) {
      if (rule.rule() == Rule.UNCLOSED_RESOURCE) {
        files.incrementAndGet();
      }
      rule.check(file);
    }
  }

  private final AtomicInteger analysed = new AtomicInteger();
  private final List<String> warnings = new ArrayList<>();

  private List<SourceRule> rules() {
    return SourceRules.all().stream().map(r -> (SourceRule) new Counting(r, analysed)).toList();
  }

  private String cold(Path tree) {
    return sarif(new Scanner(SourceRules.all(), 2).parsingEveryFile(true)
        .scan(List.of(tree), tree));
  }

  private String cached(Path tree, Path cache) {
    analysed.set(0);
    return sarif(new Scanner(rules(), 2).parsingEveryFile(true).withCache(cache, warnings::add)
        .scan(List.of(tree), tree));
  }

  /** The warnings, without the line that says how many results the cache held. */
  private List<String> problems() {
    return warnings.stream()
        .filter(line -> !line.contains("results still hold in the scan cache")).toList();
  }

  private static String sarif(ScanResult result) {
    return SarifWriter.toJson(new SarifRun(CommandLine.ENGINE, result.findings(),
        result.notifications(), result.internalErrors() == 0));
  }

  private Path corpusCopy() throws IOException {
    return copy(Conformance.ofThisCheckout().corpus().sourceRoot());
  }

  private Path copy(Path source) throws IOException {
    Path tree = dir.resolve("tree");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path file : walk.toList()) {
        Path target = tree.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return tree;
  }

  /** The files the scan analyses: generated ones (GeneratedCode) are skipped before any rule runs. */
  private static List<Path> handWritten(List<Path> files) throws IOException {
    List<Path> handWritten = new ArrayList<>();
    for (Path file : files) {
      if (!GeneratedCode.hasGeneratedHeader(Files.readString(file))) {
        handWritten.add(file);
      }
    }
    return handWritten;
  }

  private static List<Path> sources(Path tree) throws IOException {
    try (Stream<Path> walk = Files.walk(tree)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void aCachedScanReportsWhatAColdScanReportsAfterRandomEdits() throws IOException {
    Path tree = corpusCopy();
    Path cache = dir.resolve("cache/leakproof.cache");
    int files = handWritten(sources(tree)).size();

    assertEquals(cold(tree), cached(tree, cache));
    assertEquals(files, analysed.get());
    assertEquals(cold(tree), cached(tree, cache));
    assertEquals(0, analysed.get(), "nothing changed: nothing to analyse");

    Random random = new Random(12);
    for (int round = 0; round < 6; round++) {
      List<Path> all = sources(tree);
      Path edited = all.get(random.nextInt(all.size()));
      List<String> lines = new ArrayList<>(Files.readAllLines(edited));
      int at = random.nextInt(lines.size());
      switch (round % 3) {
        case 0 -> lines.remove(at); // often a syntax error, sometimes a finding gone
        case 1 -> lines.add(at, lines.get(random.nextInt(lines.size()))); // a line twice
        default -> Files.delete(all.get(random.nextInt(all.size()))); // a type gone
      }
      if (Files.exists(edited)) {
        Files.write(edited, lines);
      }

      assertEquals(cold(tree), cached(tree, cache), "after edit " + round + " of " + edited);
      assertTrue(analysed.get() < files, "a re-scan analysed " + analysed.get() + " files");
    }
    assertEquals(List.of(), problems());
  }

  /**
   * Real code whose files resolve each other's types (the scanner's own sources): edits inside
   * a file re-analyse that file and those whose analysis read it, not every file that asked the
   * symbol solver; edits that add, remove or rename types re-analyse all of those. Either way
   * the result is a cold scan's.
   */
  @Test
  void aReScanAfterAnEditInsideOneFileAnalysesOnlyWhatReadIt() throws IOException {
    Path tree = copy(Path.of("src/main/java").toAbsolutePath());
    Path cache = dir.resolve("cache/leakproof.cache");
    int files = sources(tree).size();
    assertEquals(cold(tree), cached(tree, cache));
    assertEquals(files, analysed.get());

    Random random = new Random(5);
    int bodyEdits = 0;
    int reanalysedAfterBodyEdits = 0;
    for (int round = 0; round < 12; round++) {
      List<Path> all = sources(tree);
      Path edited = all.get(random.nextInt(all.size()));
      List<String> lines = new ArrayList<>(Files.readAllLines(edited));
      int at = random.nextInt(lines.size());
      boolean bodyEdit = round % 4 != 3;
      if (bodyEdit) {
        lines.set(at, lines.get(at) + " // edited " + round); // no type name changes
      } else {
        lines.add(at, lines.get(random.nextInt(lines.size()))); // may declare a type twice
      }
      Files.write(edited, lines);

      assertEquals(cold(tree), cached(tree, cache), "after edit " + round + " of " + edited);
      if (bodyEdit) {
        bodyEdits++;
        reanalysedAfterBodyEdits += analysed.get();
      }
    }
    // Each of these files is read by a few others at most; every file asks the solver.
    assertTrue(reanalysedAfterBodyEdits < bodyEdits * files / 4, reanalysedAfterBodyEdits
        + " files analysed again after " + bodyEdits + " edits, of " + files + " files");
    assertEquals(List.of(), problems());
  }

  /**
   * Edits that change no declaration of a file (code changed inside a line, a line added, a
   * comment added): the file's readers that read only its declarations keep their results, those
   * whose rules read its bodies are analysed again; after every edit the result is a cold
   * scan's.
   */
  @Test
  void editsThatChangeNoDeclarationKeepTheResultsOfFilesThatReadOnlyDeclarations()
      throws IOException {
    Path tree = copy(Path.of("src/main/java").toAbsolutePath());
    Path cache = dir.resolve("cache/leakproof.cache");
    int files = sources(tree).size();
    assertEquals(cold(tree), cached(tree, cache));

    Random random = new Random(37);
    int commentEdits = 0;
    int reanalysedAfterCommentEdits = 0;
    for (int round = 0; round < 24; round++) {
      List<Path> all = sources(tree);
      Path edited = all.get(random.nextInt(all.size()));
      List<String> lines = new ArrayList<>(Files.readAllLines(edited));
      int at = random.nextInt(lines.size());
      boolean commentEdit = round % 2 == 0;
      if (commentEdit) {
        lines.set(at, lines.get(at) + " /* edited " + round + " */");
        lines.add("// edited " + round);
      } else if (round % 4 == 1) {
        lines.set(at, mutatedInPlace(lines.get(at), random)); // code, the same lines
      } else {
        lines.add(at, lines.get(at).isBlank() ? ";" : ""); // every later declaration moves
      }
      Files.write(edited, lines);

      assertEquals(cold(tree), cached(tree, cache), "after edit " + round + " of " + edited);
      if (commentEdit) {
        commentEdits++;
        reanalysedAfterCommentEdits += analysed.get();
      }
    }
    assertEquals(commentEdits, reanalysedAfterCommentEdits,
        "a comment's edit analyses the edited file alone");
    assertEquals(List.of(), problems());
  }

  /** {@code line} with one word or operator swapped for another of its kind, or as it was. */
  private static String mutatedInPlace(String line, Random random) {
    String[][] swaps = {{"true", "false"}, {"==", "!="}, {"null", "this"}, {" 0", " 1"},
        {"isEmpty", "isBlank"}, {"return ", "return !"}, {"add(", "remove("}};
    List<String[]> applicable = new ArrayList<>();
    for (String[] swap : swaps) {
      if (line.contains(swap[0])) {
        applicable.add(swap);
      }
    }
    if (applicable.isEmpty()) {
      return line + " ;"; // an empty statement or declaration: code, no token moved
    }
    String[] swap = applicable.get(random.nextInt(applicable.size()));
    return line.replaceFirst(java.util.regex.Pattern.quote(swap[0]),
        java.util.regex.Matcher.quoteReplacement(swap[1]));
  }

  /**
   * A rule reads another file's method body (a local factory: does {@code open()} return a new
   * stream?): an edit of that body alone changes the reader's findings, and the reader is
   * analysed again; an edit of the other file's comments is not seen by the reader.
   */
  @Test
  void aFileWhoseRuleReadAnothersBodyIsAnalysedAgainWhenThatBodyChanges() throws IOException {
    Path tree = dir.resolve("tree/p");
    Files.createDirectories(tree);
    Path factory = tree.resolve("Streams.java");
    Files.writeString(factory, """
        package p;
        import java.io.*;
        class Streams {
          static InputStream open(File file) throws IOException {
            return new FileInputStream(file);
          }
        }
        """);
    Files.writeString(tree.resolve("Reader.java"), """
        package p;
        import java.io.*;
        class Reader {
          int first(File file) throws IOException {
            InputStream in = Streams.open(file);
            return in.read();
          }
        }
        """);
    Path root = tree.getParent();
    Path cache = dir.resolve("leakproof.cache");
    String leaking = cold(root);
    assertTrue(leaking.contains("Reader.java"), leaking);
    assertEquals(leaking, cached(root, cache));

    Files.writeString(factory, Files.readString(factory).replace(
        "return new FileInputStream(file);", "return System.in; /* borrowed */"));
    String borrowed = cold(root);
    assertTrue(!borrowed.contains("Reader.java"), borrowed);
    assertEquals(borrowed, cached(root, cache));
    assertEquals(2, analysed.get(), "the factory and the file that read its body");

    Files.writeString(factory, Files.readString(factory) + "// the end\n");
    assertEquals(borrowed, cached(root, cache));
    assertEquals(1, analysed.get(), "a comment: the edited file alone");
    assertEquals(List.of(), problems());
  }

  /**
   * A file whose size and modification time are those its entry recorded, older than the scan
   * by a margin, is taken as unchanged without being read (as git's index does); a file whose
   * time is within that margin of the scan (here: ahead of it) keeps no stamp, so an edit that
   * keeps its size and time, as on a file system with a coarse clock, is still seen.
   */
  @Test
  void aSettledFileIsKnownByItsSizeAndTimeAFreshOneByItsContent() throws IOException {
    Path tree = corpusCopy();
    Path cache = dir.resolve("leakproof.cache");
    List<Path> files = sources(tree);
    long now = System.currentTimeMillis();
    for (Path file : files) {
      Files.setLastModifiedTime(file, FileTime.fromMillis(now - 3_600_000));
    }
    Path settled = files.get(0);
    Path fresh = files.get(1);
    Files.setLastModifiedTime(fresh, FileTime.fromMillis(now + 3_600_000));
    assertEquals(cold(tree), cached(tree, cache));

    rewriteKeepingSizeAndTime(fresh);
    assertEquals(cold(tree), cached(tree, cache));
    assertTrue(analysed.get() >= 1, "the fresh file's edit was not seen");

    rewriteKeepingSizeAndTime(settled);
    cached(tree, cache);
    assertEquals(0, analysed.get(), "the settled file was read again");
    assertEquals(List.of(), problems());
  }

  /** Its last line end becomes a space: another content, the same size, the same time. */
  private static void rewriteKeepingSizeAndTime(Path file) throws IOException {
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    assertEquals('\n', bytes[bytes.length - 1]);
    bytes[bytes.length - 1] = ' ';
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);
  }

  @Test
  void aCorruptOrForeignCacheIsIgnoredWithOneWarning() throws IOException {
    Path tree = corpusCopy();
    Path cache = dir.resolve("leakproof.cache");
    Files.writeString(cache, "not a cache");
    assertEquals(cold(tree), cached(tree, cache));
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).contains("ignoring the scan cache"), warnings::toString);

    byte[] good = Files.readAllBytes(cache);
    Files.write(cache, java.util.Arrays.copyOf(good, good.length / 2)); // truncated
    warnings.clear();
    assertEquals(cold(tree), cached(tree, cache));
    assertEquals(1, warnings.size(), warnings::toString);

    warnings.clear();
    new Scanner(List.of(SourceRules.all().get(0)), 2).withCache(cache, warnings::add)
        .scan(List.of(tree), tree); // another rule selection
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).contains("rule selection"), warnings::toString);
  }
}
