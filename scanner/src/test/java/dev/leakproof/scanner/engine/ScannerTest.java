package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.scanner.rules.StringConcatInLoop;
import dev.leakproof.scanner.testing.SourceTree;
import dev.leakproof.scanner.testing.TestJars;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {
  private static final List<SourceRule> RULES = List.of(new StringConcatInLoop());

  @TempDir Path dir;

  @Test
  void aPathIsShownRelativeToTheRootAsNormalizingItWould() {
    Path base = dir.toAbsolutePath().normalize();
    List<Path> files = List.of(base.resolve("a/B.java"), base.resolve("a/./B.java"),
        base.resolve("a/../c/B.java"), base.resolve(".hidden/B.java"),
        base.resolve("a/..b/B.java"), base.getParent().resolve("elsewhere/B.java"),
        base.resolve("../" + base.getFileName() + "/a/B.java"), Path.of("rel/B.java"), base);
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      String expected = (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
          .toString().replace('\\', '/');
      assertEquals(expected, Scanner.relative(base, file), file.toString());
    }
    assertEquals("a/B.java", Scanner.relative(base, base.resolve("a/B.java")));
  }

  @Test
  void badFilesBecomeNotificationsAndTheScanGoesOn() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/A.java", SourceTree.leaky("p", "A"));
    tree.write("p/Broken.java", "package p;\nclass Broken {\n  void f( {\n"
        + "    for (String p : parts) s += p;\n}\n");
    tree.writeBytes("p/Latin1.java", "package p;\n// caf\u00e9\nclass Latin1 {}\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    tree.write("p/Z.java", SourceTree.leaky("p", "Z"));

    ScanResult result = tree.scan(RULES);

    assertEquals(List.of("p/A.java:5:28", "p/Z.java:5:28"),
        result.findings().stream().map(SourceTree::where).toList());
    assertEquals(2, result.filesAnalysed());
    assertEquals(2, result.filesNotAnalysed());
    List<Notification> notes = result.notifications();
    assertEquals(List.of("p/Broken.java", "p/Latin1.java"),
        notes.stream().map(Notification::path).toList());
    assertTrue(notes.stream().allMatch(n -> n.level().equals("error")), notes::toString);
    assertTrue(notes.get(0).message().startsWith("cannot analyse: syntax error at line 3"),
        notes.get(0).message());
    assertEquals(2, notes.get(1).line());
    assertTrue(notes.get(1).message().contains("not valid UTF-8"), notes.get(1).message());
  }

  @Test
  void aFileNoRuleCouldReportInIsNotParsedSoItsSyntaxErrorsGoUnreported() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/A.java", SourceTree.leaky("p", "A"));
    tree.write("p/Broken.java", "package p;\nclass Broken {\n  void f( {\n}\n");

    ScanResult skipping = tree.scan(RULES);
    ScanResult parsing = new Scanner(RULES, 1).parsingEveryFile(true).scan(List.of(dir), dir);

    assertEquals(List.of(), skipping.notifications());
    assertEquals(2, skipping.filesAnalysed());
    assertEquals(List.of("p/Broken.java"),
        parsing.notifications().stream().map(Notification::path).toList());
    assertEquals(skipping.findings(), parsing.findings());
  }

  @Test
  void everySourceRootOfAWorkerSeesTheClasspathJars() {
    // One worker, two source roots: each root's solver asks the jars. A jar's solver takes one
    // parent only, so the second root's solver used to fail to build ("This TypeSolver already
    // has a parent"): an internal error, and that root's file lost its finding.
    String inherits = "package app;\nclass Report extends lib.Base {\n"
        + "  void f(String[] parts) {\n    for (String p : parts) text += p;\n  }\n}\n";
    SourceTree tree = new SourceTree(dir);
    tree.write("one/app/Report.java", inherits);
    tree.write("two/tool/Summary.java",
        inherits.replace("package app;", "package tool;").replace("Report", "Summary"));
    Path jar = TestJars.compile(dir.resolve("lib/base.jar"), dir.resolve("scratch"),
        "lib/Base.java", "package lib; public class Base { protected String text = \"\"; }");

    ScanResult result = new Scanner(RULES, 1).withClassPath(ClassPath.of(List.of(jar)))
        .scan(List.of(dir.resolve("one"), dir.resolve("two")), dir);

    assertEquals(0, result.internalErrors(), result.notifications()::toString);
    assertEquals(List.of("one/app/Report.java:4:28", "two/tool/Summary.java:4:28"),
        result.findings().stream().map(SourceTree::where).sorted().toList());
  }

  @Test
  void aCrashingRuleIsReportedAndOtherRulesStillRun() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/A.java", SourceTree.leaky("p", "A"));
    // A file the crashing rule's text evidence admits (a rule only runs where it may report).
    tree.write("p/B.java", "package p;\nclass B {\n  Object f() throws Exception {\n"
        + "    return new java.io.FileInputStream(\"x\");\n  }\n}\n");
    SourceRule crashing = new SourceRule() {
      @Override
      public Rule rule() {
        return Rule.UNCLOSED_RESOURCE;
      }

      @Override
      public void check(SourceFile file) {
        throw new IllegalStateException("boom");
      }
    };

    ScanResult result = tree.scan(List.of(crashing, new StringConcatInLoop()));

    assertEquals(1, result.findings().size());
    assertEquals(1, result.internalErrors());
    assertTrue(result.notifications().get(0).message().contains("UnclosedResource"));
    assertTrue(result.notifications().get(0).message().contains("boom"));
  }

  @Test
  void outputOrderDoesNotDependOnThreads() {
    SourceTree tree = new SourceTree(dir);
    for (int i = 0; i < 40; i++) {
      tree.write("p" + (i % 3) + "/C" + i + ".java", SourceTree.leaky("p", "C" + i).replace(
          "package p;", "package p" + (i % 3) + ";"));
    }
    ScanResult one = new Scanner(RULES, 1).scan(List.of(dir), dir);
    ScanResult two = new Scanner(RULES, 2).scan(List.of(dir), dir);
    assertEquals(40, one.findings().size());
    assertEquals(one.findings(), two.findings());
  }

  @Test
  void followsLinksButNotLoopsSkipsHiddenFoldersAndScansEachFileOnce() throws Exception {
    SourceTree tree = new SourceTree(dir);
    tree.write("src/p/A.java", SourceTree.leaky("p", "A"));
    tree.write("src/.hidden/p/H.java", SourceTree.leaky("p", "H"));
    Files.createSymbolicLink(dir.resolve("src/p/loop"), dir.resolve("src"));
    Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("src/p/A.java"));

    ScanResult result = new Scanner(RULES, 2)
        .scan(List.of(dir.resolve("src"), dir.resolve("alias")), dir);

    // A.java once (through whichever path sorts first), H.java never, and the loop a note.
    assertEquals(1, result.findings().size(), result.findings()::toString);
    assertEquals(1, result.filesAnalysed());
    assertEquals(List.of(new Notification("note", "src/p/loop", 0, "skipped: a symbolic link"
        + " back to a folder that is already being scanned")), result.notifications());
  }
}
