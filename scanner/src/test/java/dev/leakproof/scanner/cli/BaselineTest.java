package dev.leakproof.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.sarif.SarifSchema;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code --baseline} and {@code --write-baseline}: legacy findings accepted, new ones gated. */
class BaselineTest {
  private static final String LEGACY = """
      package p;
      class A {
        String f(String[] parts) {
          String s = "";
          for (String p : parts) s += p;
          return s;
        }
      }
      """;

  /** LEGACY edited: lines inserted above the finding, and the method re-indented. */
  private static final String EDITED_ABOVE = """
      package p;
      import java.util.List;

      /** Now documented. */
      class A {
        int unrelated() { return 1; }

        String f(String[] parts) {
            String s = "";
            for (String p : parts)   s += p;
            return s;
        }
      }
      """;

  /** EDITED_ABOVE plus a new finding in the same file. */
  private static final String WITH_A_NEW_FINDING = EDITED_ABOVE.replace("""
        int unrelated() { return 1; }
      """, """
        int unrelated() { return 1; }
        String g(List<String> names) {
          String all = "";
          for (String n : names) all = all + n;
          return all;
        }
      """);

  @TempDir Path dir;
  private Cli cli;
  private SourceTree tree;

  @BeforeEach
  void aBaselineOfTheLegacyCode() throws Exception {
    cli = new Cli(dir);
    tree = new SourceTree(dir);
    tree.write("src/p/A.java", LEGACY);
    assertEquals(1, cli.run("scan", "--write-baseline", "leakproof-baseline.sarif", "src"));
    assertEquals(1, cli.findingLines().size(), "the scan still reports: " + cli.out());
    SarifSchema.assertValid(Files.readString(dir.resolve("leakproof-baseline.sarif")));
  }

  @Test
  void anEditAboveABaselinedFindingKeepsItBaselined() {
    assertEquals(0, cli.run("scan", "--baseline", "leakproof-baseline.sarif", "src"));
    assertEquals("", cli.out());

    tree.write("src/p/A.java", EDITED_ABOVE);
    assertEquals(0, cli.run("scan", "--baseline", "leakproof-baseline.sarif", "src"));
    assertEquals("", cli.out());
    assertTrue(cli.err().contains("1 file scanned, 0 new findings (1 in the baseline not shown)"),
        cli.err());
  }

  @Test
  void aNewFindingInTheSameFileIsReported() {
    tree.write("src/p/A.java", WITH_A_NEW_FINDING);

    assertEquals(1, cli.run("scan", "--baseline", "leakproof-baseline.sarif", "src"));

    assertEquals(1, cli.findingLines().size(), cli.out());
    assertTrue(cli.findingLines().get(0).startsWith("src/p/A.java:9:"), cli.out());
    assertTrue(cli.err().contains("1 new finding (1 in the baseline not shown)"), cli.err());
  }

  @Test
  void sarifMarksEachResultNewUnchangedOrAbsent() {
    tree.write("src/p/A.java", WITH_A_NEW_FINDING);
    tree.write("src/p/Fixed.java", LEGACY.replace("class A", "class Fixed"));
    assertEquals(1, cli.run("scan", "--write-baseline", "two.sarif", "src"));
    // The legacy finding in Fixed.java goes; A.java keeps both of its findings; B.java is new.
    tree.write("src/p/Fixed.java", "package p; class Fixed {}");
    tree.write("src/p/B.java", SourceTree.leaky("p", "B"));

    assertEquals(1, cli.run("scan", "--baseline", "two.sarif", "--format", "sarif", "src"));

    JsonNode results = SarifSchema.assertValid(cli.out()).get("runs").get(0).get("results");
    List<String> states = new ArrayList<>();
    for (JsonNode result : results) {
      states.add(result.get("locations").get(0).get("physicalLocation").get("artifactLocation")
          .get("uri").asString() + ":" + result.get("locations").get(0).get("physicalLocation")
          .get("region").get("startLine").asInt() + " " + result.get("baselineState").asString());
    }
    assertEquals(List.of("p/A.java:9 unchanged", "p/A.java:15 unchanged", "p/B.java:5 new",
        "p/Fixed.java:5 absent"), states);
  }

  @Test
  void aBaselineThatCannotBeReadIsAUsageError() {
    assertEquals(2, cli.run("scan", "--baseline", "missing.sarif", "src"));
    assertTrue(cli.err().contains("no such baseline file: " + dir.resolve("missing.sarif")
        + " (record one with --write-baseline FILE)"), cli.err());

    tree.write("notes.sarif", "{\"version\": \"2.1.0\"}");
    assertEquals(2, cli.run("scan", "--baseline", "notes.sarif", "src"));
    assertTrue(cli.err().contains("is not a Leakproof SARIF log (no \"runs\")"), cli.err());

    tree.write("broken.sarif", "{\"runs\": [");
    assertEquals(2, cli.run("scan", "--baseline", "broken.sarif", "src"));
    assertTrue(cli.err().contains("is not a Leakproof SARIF log (not JSON:"), cli.err());
  }

  @Test
  void theConfigFileCanNameTheBaselineRelativeToTheRoot() {
    // Paths (and so fingerprints) are relative to the root: record the baseline with it.
    assertEquals(1, cli.run("scan", "--root", ".", "--write-baseline", "base.sarif", "src"));
    tree.write(".leakproof.yml", "baseline: base.sarif\n");
    assertEquals(0, cli.run("scan", "--root", ".", "src"));
    assertTrue(cli.err().contains("0 new findings (1 in the baseline not shown)"), cli.err());
  }
}
