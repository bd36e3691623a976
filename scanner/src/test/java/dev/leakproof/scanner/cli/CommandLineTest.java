package dev.leakproof.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.sarif.SarifSchema;
import dev.leakproof.scanner.engine.SourceRules;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  private static final String CLEAN_SOURCE = """
      package p;
      class B {
        String f(String[] parts) {
          return String.join(",", parts);
        }
      }
      """;

  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void inTheTemporaryFolder() {
    cli = new Cli(dir);
  }

  @Test
  void findingsGiveExitOneAndCompilerStyleLinesRelativeToTheCurrentFolder() {
    new SourceTree(dir).write("src/p/A.java", SourceTree.leaky("p", "A"));
    new SourceTree(dir).write("src/p/B.java", CLEAN_SOURCE);

    assertEquals(1, cli.run("scan", "src"));
    Rule rule = Rule.STRING_CONCAT_IN_LOOP;
    String nl = System.lineSeparator();
    String expected = "src/p/A.java:5:28: warning: [StringConcatInLoop] 's' grows on every"
        + " iteration of"
        + " the loop around it, and each concatenation copies all of it again;"
        + " append to a StringBuilder instead" + nl
        + nl
        + "StringConcatInLoop: 1 finding (warning) - how to fix: " + rule.docUrl() + nl;
    assertEquals(expected, cli.out());
    assertTrue(cli.err().contains("2 files scanned, 1 finding"), cli.err());
  }

  @Test
  void cleanCodeGivesExitZeroAndNoOutput() {
    new SourceTree(dir).write("p/B.java", CLEAN_SOURCE);
    assertEquals(0, cli.run("scan", dir.resolve("p/B.java").toString()));
    assertEquals("", cli.out());
  }

  @Test
  void usageErrorsGiveExitTwoOneLineAndAHelpHint() {
    new SourceTree(dir).write("p/B.java", CLEAN_SOURCE);
    assertUsageError("unknown option '--frobnicate'", "scan", "--frobnicate", "p");
    assertUsageError("scan needs at least one PATH", "scan");
    assertUsageError("no such file or folder", "scan", "nowhere");
    assertUsageError("unknown format 'xml'", "scan", "--format", "xml", "p");
    assertUsageError("--output needs a value", "scan", "p", "--output");
    assertUsageError("is not inside --root", "scan", "--root", "p", ".");
    assertUsageError("unknown command 'scna'", "scna", "p");
    assertUsageError("no command given");
  }

  private void assertUsageError(String message, String... args) {
    assertEquals(2, cli.run(args), String.join(" ", args));
    assertTrue(cli.err().startsWith("leakproof: "), cli.err());
    assertTrue(cli.err().contains(message), cli.err());
    List<String> lines = cli.err().lines().toList();
    assertEquals(2, lines.size(), "one line and the hint, not the whole usage: " + cli.err());
    assertEquals("Run 'leakproof --help' for usage.", lines.get(1));
    assertEquals("", cli.out());
  }

  @Test
  void sarifIsWrittenToTheOutputFileAndIsValid() throws Exception {
    SourceTree tree = new SourceTree(dir);
    tree.write("project/src/p/A.java", SourceTree.leaky("p", "A"));
    // Unfinished, but with a loop and a +: the text prefilter parses it.
    tree.write("project/src/p/Broken.java", "package p; class Broken { void f() { for (;;) s += 1;");

    assertEquals(1, cli.run("scan", "--format", "sarif", "--output", "out/leakproof.sarif",
        "project/src"));

    assertEquals("", cli.out());
    assertTrue(cli.err().contains("project/src/p/Broken.java: cannot analyse: syntax error"), cli.err());
    String json = Files.readString(dir.resolve("out/leakproof.sarif"));
    JsonNode run = SarifSchema.assertValid(json).get("runs").get(0);
    JsonNode result = run.get("results").get(0);
    assertEquals(1, run.get("results").size());
    assertEquals("StringConcatInLoop", result.get("ruleId").asString());
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    // Relative to the common base of the PATHs: project/src.
    assertEquals("p/A.java", location.get("artifactLocation").get("uri").asString());
    assertEquals(5, location.get("region").get("startLine").asInt());
    assertEquals(28, location.get("region").get("startColumn").asInt());
    JsonNode notification = run.get("invocations").get(0)
        .get("toolExecutionNotifications").get(0);
    assertEquals("error", notification.get("level").asString());
    assertTrue(json.contains("p/Broken.java"), json);
  }

  @Test
  void sarifPathsFollowRootAndGoToStandardOutputWithoutOutput() {
    new SourceTree(dir).write("project/src/p/A.java", SourceTree.leaky("p", "A"));

    assertEquals(1, cli.run("scan", "--format=sarif", "--root", "project", "project/src/p/A.java"));

    JsonNode result = SarifSchema.assertValid(cli.out()).get("runs").get(0).get("results").get(0);
    assertEquals("src/p/A.java", result.get("locations").get(0).get("physicalLocation")
        .get("artifactLocation").get("uri").asString());
  }

  @Test
  void rulesListsTheWholeCatalog() {
    assertEquals(0, cli.run("rules"));
    for (Rule rule : Rule.values()) {
      assertTrue(cli.out().contains(rule.ruleName() + "  [" + rule.family().id() + "]"), cli.out());
      assertTrue(cli.out().contains(rule.summary()), cli.out());
      assertTrue(cli.out().contains(rule.docUrl()), cli.out());
    }
    // Which rules the scanner implements changes as engines grow: derive it, do not name one.
    for (Rule rule : Rule.values()) {
      boolean checked = SourceRules.all().stream().anyMatch(r -> r.rule() == rule);
      assertEquals(!checked, cli.out().contains(
          rule.ruleName() + "  [" + rule.family().id() + "]  (not checked by the scanner yet)"),
          rule.ruleName());
    }
  }

  @Test
  void versionAndHelp() {
    assertEquals(0, cli.run("--version"));
    assertTrue(cli.out().matches("leakproof \\S+\\R"), cli.out());
    assertEquals(0, cli.run("--help"));
    assertTrue(cli.out().contains("--root DIR"), cli.out());
  }
}
