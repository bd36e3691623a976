package dev.leakproof.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.sarif.SarifSchema;
import dev.leakproof.scanner.engine.SourceRules;
import dev.leakproof.scanner.testing.SourceTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  private static final String LEAKY = """
      package p;
      class A {
        String f(String[] parts) {
          String s = "";
          for (String p : parts) s += p;
          return s;
        }
      }
      """;
  private static final String CLEAN_SOURCE = """
      package p;
      class B {
        String f(String[] parts) {
          return String.join(",", parts);
        }
      }
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void findingsGiveExitOneAndCompilerStyleLinesRelativeToTheCurrentFolder() {
    new SourceTree(dir).write("src/p/A.java", LEAKY);
    new SourceTree(dir).write("src/p/B.java", CLEAN_SOURCE);

    assertEquals(1, run("scan", "src"));
    Rule rule = Rule.STRING_CONCAT_IN_LOOP;
    String expected = "src/p/A.java:5:28: StringConcatInLoop: 's' grows on every iteration of"
        + " this enhanced for loop, and each concatenation copies all of it again; append to a"
        + " StringBuilder instead (" + rule.docUrl() + ")" + System.lineSeparator();
    assertEquals(expected, out());
    assertTrue(err().contains("2 files scanned, 1 finding"), err());
  }

  @Test
  void cleanCodeGivesExitZeroAndNoOutput() {
    new SourceTree(dir).write("p/B.java", CLEAN_SOURCE);
    assertEquals(0, run("scan", dir.resolve("p/B.java").toString()));
    assertEquals("", out());
  }

  @Test
  void usageErrorsGiveExitTwoAMessageAndTheUsage() {
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
    out.reset();
    err.reset();
    assertEquals(2, run(args), String.join(" ", args));
    assertTrue(err().startsWith("leakproof: "), err());
    assertTrue(err().contains(message), err());
    assertTrue(err().contains("Usage: leakproof scan"), err());
    assertEquals("", out());
  }

  @Test
  void sarifIsWrittenToTheOutputFileAndIsValid() throws Exception {
    SourceTree tree = new SourceTree(dir);
    tree.write("project/src/p/A.java", LEAKY);
    tree.write("project/src/p/Broken.java", "package p; class Broken {");

    assertEquals(1, run("scan", "--format", "sarif", "--output", "out/leakproof.sarif",
        "project/src"));

    assertEquals("", out());
    assertTrue(err().contains("project/src/p/Broken.java: cannot analyse: syntax error"), err());
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
    new SourceTree(dir).write("project/src/p/A.java", LEAKY);

    assertEquals(1, run("scan", "--format=sarif", "--root", "project", "project/src/p/A.java"));

    JsonNode result = SarifSchema.assertValid(out()).get("runs").get(0).get("results").get(0);
    assertEquals("src/p/A.java", result.get("locations").get(0).get("physicalLocation")
        .get("artifactLocation").get("uri").asString());
  }

  @Test
  void rulesListsTheWholeCatalog() {
    assertEquals(0, run("rules"));
    for (Rule rule : Rule.values()) {
      assertTrue(out().contains(rule.ruleName() + "  [" + rule.family().id() + "]"), out());
      assertTrue(out().contains(rule.summary()), out());
      assertTrue(out().contains(rule.docUrl()), out());
    }
    // Which rules the scanner implements changes as engines grow: derive it, do not name one.
    for (Rule rule : Rule.values()) {
      boolean checked = SourceRules.all().stream().anyMatch(r -> r.rule() == rule);
      assertEquals(!checked, out().contains(
          rule.ruleName() + "  [" + rule.family().id() + "]  (not checked by the scanner yet)"),
          rule.ruleName());
    }
  }

  @Test
  void versionAndHelp() {
    assertEquals(0, run("--version"));
    assertTrue(out().matches("leakproof \\S+\\R"), out());
    out.reset();
    assertEquals(0, run("--help"));
    assertTrue(out().contains("--root DIR"), out());
  }
}
