package dev.leakproof.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.sarif.SarifSchema;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Severities, the config file, globs and the report's shape: a gate must not pass by accident. */
class GatesTest {
  /** One StringConcatInLoop (line 6) and one UnclosedResource (line 10). */
  private static final String TWO_RULES = """
      package p;
      class A {
        String f(String[] parts) {
          String s = "";
          for (String p : parts)
            s += p;
          return s;
        }
        int g() throws java.io.IOException {
          return new java.io.FileInputStream("x").read();
        }
      }
      """;

  @TempDir Path dir;
  private Cli cli;
  private SourceTree tree;

  @BeforeEach
  void inTheTemporaryFolder() {
    cli = new Cli(dir);
    tree = new SourceTree(dir);
    tree.write("src/p/A.java", SourceTree.leaky("p", "A"));
  }

  @Test
  void aRaisedSeverityMakesFailOnErrorFire() {
    assertEquals(0, cli.run("scan", "--fail-on", "error", "src"));

    assertEquals(1, cli.run("scan", "--fail-on", "error", "--severity",
        "StringConcatInLoop=error", "src"));
    assertTrue(cli.findingLines().get(0).contains(": error: [StringConcatInLoop]"), cli.out());

    assertEquals(1, cli.run("scan", "--severity=StringConcatInLoop=ERROR", "--format", "sarif",
        "src"));
    JsonNode result = SarifSchema.assertValid(cli.out()).get("runs").get(0).get("results").get(0);
    assertEquals("error", result.get("level").asString());

    // Lowered again by a later setting: the last one wins.
    assertEquals(0, cli.run("scan", "--fail-on", "error", "--severity",
        "StringConcatInLoop=error", "--severity", "StringConcatInLoop=warning", "src"));
  }

  @Test
  void badSeveritiesAreUsageErrors() {
    assertEquals(2, cli.run("scan", "--severity", "StringConcat=error", "src"));
    assertTrue(cli.err().contains("unknown rule 'StringConcat' in a severity"), cli.err());
    assertEquals(2, cli.run("scan", "--severity", "StringConcatInLoop=fatal", "src"));
    assertTrue(cli.err().contains("unknown severity 'fatal' for StringConcatInLoop"), cli.err());
    assertEquals(2, cli.run("scan", "--severity", "StringConcatInLoop", "src"));
    assertTrue(cli.err().contains("--severity needs RULE=LEVEL"), cli.err());
  }

  @Test
  void theConfigFileInTheRootSetsTheGateAndTheCommandLineWins() {
    tree.write(".leakproof.yml", """
        # the team's gate
        severity:
          StringConcatInLoop: error
        fail-on: error
        exclude: ["**/gen/**"]
        """);
    tree.write("src/p/gen/G.java", SourceTree.leaky("p.gen", "G"));

    assertEquals(1, cli.run("scan", "--root", ".", "src"));
    assertEquals(1, cli.findingLines().size(), "gen/ excluded by the file: " + cli.out());
    assertTrue(cli.findingLines().get(0).contains(": error: [StringConcatInLoop]"), cli.out());

    assertEquals(0, cli.run("scan", "--root", ".", "--fail-on", "none", "src"));
    assertEquals(0, cli.run("scan", "--root", ".", "--severity", "StringConcatInLoop=warning",
        "src"));
    // The root is src: no config file there.
    assertEquals(0, cli.run("scan", "--fail-on", "error", "src"));
    // --config names another file.
    tree.write("ci/strict.yml", "rules: StringConcatInLoop\nseverity: {StringConcatInLoop: error}\n"
        + "fail-on: error\n");
    assertEquals(1, cli.run("scan", "--config", "ci/strict.yml", "src"));
  }

  @Test
  void aConfigFileThatIsWrongIsAUsageErrorNamingTheFileAndTheSetting() {
    tree.write(".leakproof.yml", "failOn: error\n");
    assertEquals(2, cli.run("scan", "--root", ".", "src"));
    assertTrue(cli.err().contains(".leakproof.yml: unknown setting 'failOn'; the settings are"),
        cli.err());

    tree.write(".leakproof.yml", "severity: [StringConcatInLoop]\n");
    assertEquals(2, cli.run("scan", "--root", ".", "src"));
    assertTrue(cli.err().contains("severity must be RuleName: level lines, found a list"),
        cli.err());

    tree.write(".leakproof.yml", "exclude: [\"a\"\n");
    assertEquals(2, cli.run("scan", "--root", ".", "src"));
    assertTrue(cli.err().contains(".leakproof.yml is not valid YAML"), cli.err());

    tree.write(".leakproof.yml", "rules: [Nope]\n");
    assertEquals(2, cli.run("scan", "--root", ".", "src"));
    assertTrue(cli.err().contains("unknown rule 'Nope'"), cli.err());

    assertEquals(2, cli.run("scan", "--config", "missing.yml", "src"));
    assertTrue(cli.err().contains("--config: no such file"), cli.err());
  }

  @Test
  void anIncludeThatMatchesNoFileIsAnErrorNotAGreenScan() {
    // The example: globs are relative to the root (src), so src/main/** matches nothing.
    tree.write("src/main/java/p/B.java", SourceTree.leaky("p", "B"));
    assertEquals(2, cli.run("scan", "--include", "src/main/**", "src"));
    assertTrue(cli.err().contains("no file matched --include 'src/main/**'"), cli.err());
    assertTrue(cli.err().contains("relative to the root " + dir.resolve("src")), cli.err());
    assertEquals("", cli.out());

    // One include of two matching is not enough: the other is a typo.
    assertEquals(2, cli.run("scan", "--include", "main/**", "--include", "mian/**", "src"));
    assertTrue(cli.err().contains("no file matched --include 'mian/**'"), cli.err());

    assertEquals(1, cli.run("scan", "--include", "main/**", "src"));
    assertEquals(1, cli.findingLines().size(), cli.out());
  }

  @Test
  void anExcludeThatMatchesNoFileIsANoteAsItCanOnlyScanMore() {
    assertEquals(1, cli.run("scan", "--exclude", "**/generated/**", "--format", "sarif", "src"));

    assertTrue(cli.err().contains("leakproof: note: --exclude '**/generated/**' matched no file"),
        cli.err());
    JsonNode run = SarifSchema.assertValid(cli.out()).get("runs").get(0);
    assertEquals(1, run.get("results").size(), "the scan went on");
    assertTrue(run.get("invocations").get(0).get("toolExecutionNotifications").get(0)
        .get("message").get("text").asString().contains("matched no file"));
  }

  @Test
  void theTextReportLinksEachRuleOnceInAPerRuleSummary() {
    tree.write("src/p/A.java", TWO_RULES);
    tree.write("src/p/B.java", SourceTree.leaky("p", "B"));

    assertEquals(1, cli.run("scan", "src"));

    List<String> findings = cli.findingLines();
    assertEquals(3, findings.size(), cli.out());
    assertTrue(findings.stream().noneMatch(line -> line.contains("http")), cli.out());
    assertEquals(List.of(
        "StringConcatInLoop: 2 findings (warning) - how to fix: "
            + Rule.STRING_CONCAT_IN_LOOP.docUrl(),
        "UnclosedResource: 1 finding (warning) - how to fix: "
            + Rule.UNCLOSED_RESOURCE.docUrl()),
        cli.summaryLines().stream().sorted().toList());
  }

  @Test
  void progressFollowsStandardErrorUnlessToldOtherwise() throws UsageException {
    List<String> scan = List.of("src");
    assertTrue(ScanOptions.parse(scan, dir, true).progress());
    assertFalse(ScanOptions.parse(scan, dir, false).progress());
    assertFalse(ScanOptions.parse(List.of("--no-progress", "src"), dir, true).progress());
    assertTrue(ScanOptions.parse(List.of("--progress", "src"), dir, false).progress());
    assertEquals(2, cli.run("scan", "--progress=yes", "src"));
    assertTrue(cli.err().contains("--progress takes no value"), cli.err());
  }

  @Test
  void ioErrorsAreSaidInPlainWords() {
    tree.write("blocker", "a file where a folder should be");

    assertEquals(2, cli.run("scan", "--output", "blocker/out.txt", "src"));
    assertTrue(cli.err().startsWith("leakproof: cannot write " + dir.resolve("blocker/out.txt")
        + ": "), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());

    assertEquals(2, cli.run("scan", "--report", "sarif:blocker/x/leakproof.sarif", "src"));
    // The operating system's own words, not a Java exception's class name.
    assertTrue(cli.err().contains(": Not a directory: " + dir.resolve("blocker/x")), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
  }
}
