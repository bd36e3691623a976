package dev.leakproof.errorprone.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.sarif.SarifSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Compiles a small project the way a user's build does and reads the SARIF it leaves. */
class LeakproofSarifPluginTest {
  private static final String SAMPLE = String.join("\n",
      "package sample;",
      "",
      "import java.util.List;",
      "",
      "class Sample {",
      "  String render(List<String> parts) {",
      "    String result = \"\";",
      "    for (String part : parts) {",
      "      result += part;",
      "    }",
      "    return result;",
      "  }",
      "",
      "  String prepend(List<String> parts) {",
      "    String path = \"\";",
      "    for (String part : parts) {",
      "      path = \"/\" + part + path;",
      "    }",
      "    return path;",
      "  }",
      "",
      "  @SuppressWarnings(\"StringConcatInLoop\")",
      "  String quiet(List<String> parts) {",
      "    String s = \"\";",
      "    for (String part : parts) {",
      "      s += part;",
      "    }",
      "    return s;",
      "  }",
      "}",
      "");

  private final Path project = Path.of("target", "sarif-test").toAbsolutePath();

  private Path compile(String name, String extraErrorProneFlags) throws IOException {
    return compile(name, extraErrorProneFlags, true);
  }

  private Path compile(String name, String extraErrorProneFlags, boolean mustSucceed)
      throws IOException {
    Path source = project.resolve("src/sample/Sample.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SAMPLE, StandardCharsets.UTF_8);
    Path sarif = project.resolve("out/" + name + ".sarif");
    Files.deleteIfExists(sarif);
    List<String> options = new ArrayList<>(List.of(
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:StringConcatInLoop:WARN"
            + extraErrorProneFlags,
        "-Xplugin:LeakproofSarif out=" + sarif + " root=" + project,
        "-processorpath", System.getProperty("java.class.path"), "-proc:none",
        "-d", Files.createDirectories(project.resolve("classes-" + name)).toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      boolean ok = javac.getTask(out, files, diagnostics, options, null,
          files.getJavaFileObjects(source)).call();
      assertEquals(mustSucceed, ok, () -> "compilation result: " + diagnostics.getDiagnostics() + out);
    }
    assertTrue(Files.isRegularFile(sarif), () -> "no SARIF written; javac said "
        + diagnostics.getDiagnostics() + out);
    return sarif;
  }

  @Test
  void writesValidSarifWithExactlyTheReportedFindingsAndTheirFixes() throws IOException {
    JsonNode log = SarifSchema.assertValid(compile("default", ""));
    JsonNode run = log.get("runs").get(0);

    JsonNode rule = null;
    for (JsonNode candidate : run.get("tool").get("driver").get("rules")) {
      if (candidate.get("id").asString().equals(Rule.STRING_CONCAT_IN_LOOP.ruleName())) {
        rule = candidate;
      }
    }
    assertTrue(rule != null, "the rule is described in tool.driver.rules");
    assertEquals(Rule.STRING_CONCAT_IN_LOOP.docUrl(), rule.get("helpUri").asString());

    JsonNode results = run.get("results");
    assertEquals(2, results.size(), () -> "the suppressed method must not appear: " + results);

    JsonNode append = results.get(0);
    assertEquals("StringConcatInLoop", append.get("ruleId").asString());
    JsonNode location = append.get("locations").get(0).get("physicalLocation");
    assertEquals("src/sample/Sample.java", location.get("artifactLocation").get("uri").asString());
    assertEquals(9, location.get("region").get("startLine").asInt());
    assertEquals(7, location.get("region").get("startColumn").asInt());
    assertEquals("'result' grows on every iteration of the loop around it, and each concatenation"
        + " copies all of it again; append to a StringBuilder instead",
        append.get("message").get("text").asString());
    JsonNode changes = append.get("fixes").get(0).get("artifactChanges").get(0);
    List<String> inserted = new ArrayList<>();
    changes.get("replacements").forEach(r -> inserted.add(r.get("insertedContent").get("text").asString()));
    assertEquals(List.of("StringBuilder", "new StringBuilder()", "result.append(part)",
        "result.toString()"), inserted);

    JsonNode prepend = results.get(1);
    assertEquals(17, prepend.get("locations").get(0).get("physicalLocation").get("region")
        .get("startLine").asInt());
    assertTrue(prepend.path("fixes").isMissingNode() || prepend.get("fixes").isEmpty(),
        "prepending has no safe fix");
  }

  @Test
  void aCheckRaisedToErrorGivesErrorResultsAndAFailedCompile() throws IOException {
    JsonNode log =
        SarifSchema.assertValid(compile("error", " -Xep:StringConcatInLoop:ERROR", false));
    JsonNode results = log.get("runs").get(0).get("results");

    assertEquals(2, results.size());
    results.forEach(result -> assertEquals("error", result.get("level").asString()));
    assertEquals(Rule.STRING_CONCAT_IN_LOOP.severity().sarifLevel(),
        compiledRule(log).get("defaultConfiguration").get("level").asString(),
        "the rule keeps its catalog default; only the results follow -Xep");
  }

  @Test
  void resultsAtTheDefaultSeverityHaveTheRulesLevel() throws IOException {
    JsonNode log = SarifSchema.assertValid(compile("warn", ""));
    log.get("runs").get(0).get("results").forEach(result ->
        assertEquals(Rule.STRING_CONCAT_IN_LOOP.severity().sarifLevel(),
            result.get("level").asString()));
  }

  private static JsonNode compiledRule(JsonNode log) {
    for (JsonNode candidate : log.get("runs").get(0).get("tool").get("driver").get("rules")) {
      if (candidate.get("id").asString().equals(Rule.STRING_CONCAT_IN_LOOP.ruleName())) {
        return candidate;
      }
    }
    throw new AssertionError("rule not described: " + log);
  }

  @Test
  void aDisabledCheckLeavesAnEmptyButValidLog() throws IOException {
    JsonNode log = SarifSchema.assertValid(compile("off", " -Xep:StringConcatInLoop:OFF"));
    assertEquals(0, log.get("runs").get(0).get("results").size());
  }

  @Test
  void anUnwritableOutputIsAWarningNotAFailedBuild() throws IOException {
    Path blocker = Files.createDirectories(project.resolve("blocked"));
    Files.writeString(blocker.resolve("file"), "x");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path source = project.resolve("src/sample/Sample.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, SAMPLE, StandardCharsets.UTF_8);
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      boolean ok = javac.getTask(null, files, diagnostics, List.of(
          "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
          "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:StringConcatInLoop:WARN",
          // a path below a regular file cannot be created
          "-Xplugin:LeakproofSarif out=" + blocker.resolve("file/x.sarif"),
          "-processorpath", System.getProperty("java.class.path"), "-proc:none",
          "-d", Files.createDirectories(project.resolve("classes-blocked")).toString()),
          null, files.getJavaFileObjects(source)).call();
      assertTrue(ok, "a SARIF problem must not fail the compilation");
    }
    assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d ->
        d.getMessage(null).contains("[LeakproofSarif] could not write")),
        () -> "expected a warning, got " + diagnostics.getDiagnostics());
    assertFalse(Files.exists(blocker.resolve("file/x.sarif")));
  }
}
