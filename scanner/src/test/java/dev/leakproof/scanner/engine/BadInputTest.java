package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leakproof.checks.finding.Notification;
import dev.leakproof.scanner.rules.StringConcatInLoop;
import dev.leakproof.scanner.testing.SourceTree;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input no scanner should choke on, written here rather than checked in: each bad file gives
 * one clear notification, the others are still analysed, and findings are unaffected.
 */
class BadInputTest {
  private static final List<SourceRule> RULES = List.of(new StringConcatInLoop());

  @TempDir Path dir;

  private SourceTree treeWithAGoodFile() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/A.java", SourceTree.leaky("p", "A"));
    return tree;
  }

  /**
   * Scans the tree, parsing every file (these bad files hold no loop, so the text prefilter
   * would not parse them: see {@link ScannerTest}); asserts A.java was still found; returns the
   * notifications by path.
   */
  private Map<String, Notification> scanExpectingTheGoodFinding() {
    ScanResult result = new Scanner(RULES, 2).parsingEveryFile(true).scan(List.of(dir), dir);
    assertEquals(List.of("p/A.java:5:28"),
        result.findings().stream().map(SourceTree::where).toList());
    Map<String, Notification> byPath = new TreeMap<>();
    for (Notification n : result.notifications()) {
      Notification previous = byPath.put(n.path(), n);
      assertEquals(null, previous, () -> "two notifications for " + n.path() + ": "
          + result.notifications());
    }
    return byPath;
  }

  private static void assertNotification(Map<String, Notification> notes, String path,
      String level, String text) {
    Notification note = notes.get(path);
    assertTrue(note != null, () -> "no notification for " + path + " in " + notes);
    assertEquals(level, note.level(), note::toString);
    assertTrue(note.message().contains(text), note::toString);
  }

  @Test
  void everyKindOfBadFileIsOneNotification() throws Exception {
    SourceTree tree = treeWithAGoodFile();
    tree.write("p/Syntax.java", "package p;\nclass Syntax {\n  void f( {\n}\n");
    tree.writeBytes("p/Latin1.java",
        "package p;\n// caf\u00e9\nclass Latin1 {}\n".getBytes(StandardCharsets.ISO_8859_1));
    tree.write("p/Empty.java", "");
    tree.writeBytes("p/Binary.java", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA,
        (byte) 0xBE, 0, 0, 0, 65, 1, 2, 3});
    tree.writeBytes("p/Nul.java", "class Nul {}\0\0\0".getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(dir.resolve("p/Dangling.java"), dir.resolve("p/Nowhere.java"));
    Files.createSymbolicLink(dir.resolve("p/LoopA.java"), dir.resolve("p/LoopB.java"));
    Files.createSymbolicLink(dir.resolve("p/LoopB.java"), dir.resolve("p/LoopA.java"));
    Files.createDirectories(dir.resolve("p/Folder.java")); // a folder named like a source
    tree.write("p/Folder.java/p/Inside.java", "package p; class Inside {}");

    Map<String, Notification> notes = scanExpectingTheGoodFinding();

    assertNotification(notes, "p/Syntax.java", "error", "cannot analyse: syntax error at line 3");
    assertNotification(notes, "p/Latin1.java", "error", "not valid UTF-8 (byte 0xE9");
    assertEquals(2, notes.get("p/Latin1.java").line());
    assertNotification(notes, "p/Empty.java", "note", "empty file");
    assertNotification(notes, "p/Binary.java", "error", "cannot analyse:");
    assertNotification(notes, "p/Nul.java", "error", "a binary file, not Java source");
    assertNotification(notes, "p/Dangling.java", "error", "broken symbolic link");
    assertNotification(notes, "p/LoopA.java", "error", "broken symbolic link");
    assertNotification(notes, "p/LoopB.java", "error", "broken symbolic link");
    assertEquals(8, notes.size(), notes::toString); // the folder named .java is just a folder
  }

  @Test
  void anUnreadableFileIsANotification() throws Exception {
    SourceTree tree = treeWithAGoodFile();
    Path secret = tree.write("p/Secret.java", "package p; class Secret {}");
    try {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions on this file system");
    }
    // root reads any file whatever its mode (the build containers run as root): nothing to test.
    assumeFalse(Files.isReadable(secret), "running as root: chmod 000 does not stop reads");

    Map<String, Notification> notes = scanExpectingTheGoodFinding();

    assertNotification(notes, "p/Secret.java", "error", "permission denied");
  }

  @Test
  void aPipeNamedLikeASourceDoesNotBlockTheScan() throws Exception {
    treeWithAGoodFile();
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", dir.resolve("p/Pipe.java").toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");

    Map<String, Notification> notes = scanExpectingTheGoodFinding();

    assertNotification(notes, "p/Pipe.java", "error", "not a regular file");
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() throws Exception {
    treeWithAGoodFile();
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("p/Huge.java").toFile(), "rw")) {
      huge.setLength(SourceText.MAX_BYTES + 1); // sparse: no 16 MiB written
    }

    Map<String, Notification> notes = scanExpectingTheGoodFinding();

    assertNotification(notes, "p/Huge.java", "error", "file too large (16 MiB, the limit is 16");
  }

  @Test
  void aHundredThousandLineFileIsAnalysed() {
    SourceTree tree = treeWithAGoodFile();
    StringBuilder big = new StringBuilder("package p;\nclass Big {\n");
    for (int i = 0; i < 100_000 - 4; i++) {
      big.append("  int f").append(i).append(" = ").append(i).append(";\n");
    }
    big.append("  String g(String[] a) { String s = \"\"; for (String x : a) s += x; return s; }\n");
    big.append("}\n");
    tree.write("p/Big.java", big.toString());

    ScanResult result = new Scanner(RULES, 2).scan(List.of(dir), dir);

    assertEquals(List.of(), result.notifications());
    assertEquals(List.of("p/A.java:5:28", "p/Big.java:99999:60"),
        result.findings().stream().map(SourceTree::where).toList());
  }

  @Test
  void deeplyNestedExpressionsAreANotificationNotACrash() {
    SourceTree tree = treeWithAGoodFile();
    int depth = 200_000;
    tree.write("p/Deep.java", "package p;\nclass Deep {\n  int x = " + "(".repeat(depth) + "1"
        + ")".repeat(depth) + ";\n}\n");
    // A long flat + chain parses into a tree as deep as it is long: rules must cope too.
    tree.write("p/Long.java", "package p;\nclass Long {\n  String s = "
        + java.util.stream.IntStream.range(0, 50_000).mapToObj(i -> "\"" + i + "\"")
            .collect(Collectors.joining(" + ")) + ";\n}\n");

    Map<String, Notification> notes = scanExpectingTheGoodFinding();

    assertNotification(notes, "p/Deep.java", "error", "nested too deeply");
    assertTrue(notes.keySet().stream().allMatch(p -> p.equals("p/Deep.java")
        || p.equals("p/Long.java")), notes::toString);
    if (notes.containsKey("p/Long.java")) {
      assertTrue(notes.get("p/Long.java").message().contains("nested too deeply"),
          notes::toString);
    }
  }
}
