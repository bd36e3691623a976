package dev.leakproof.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import dev.leakproof.checks.sarif.SarifSchema;
import dev.leakproof.scanner.testing.SourceTree;
import dev.leakproof.scanner.testing.TestJars;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of scan that choose files, rules, types and the exit status. */
class ScanOptionsTest {
  /** Extends a field it inherits from a library class: only that class's jar says it is a String. */
  private static final String INHERITS = """
      package app;
      class Report extends lib.Base {
        void f(String[] parts) {
          for (String p : parts) text += p;
        }
      }
      """;

  @TempDir Path dir;
  private Cli cli;
  private final String savedRepository = System.getProperty("maven.repo.local");

  @AfterEach
  void restoreRepository() {
    if (savedRepository == null) {
      System.clearProperty("maven.repo.local");
    } else {
      System.setProperty("maven.repo.local", savedRepository);
    }
  }

  @BeforeEach
  void inTheTemporaryFolder() {
    cli = new Cli(dir);
  }

  private void writeLeaky(String path) {
    String[] parts = path.replace(".java", "").split("/");
    String pkg = String.join(".", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1));
    new SourceTree(dir).write(path, SourceTree.leaky(pkg, parts[parts.length - 1]));
  }

  @Test
  void includesAndExcludesMatchPathsRelativeToTheRoot() {
    writeLeaky("src/main/java/p/A.java");
    writeLeaky("src/main/java/p/gen/B.java");
    writeLeaky("src/test/java/p/ATest.java");

    assertEquals(1, cli.run("scan", "--include", "src/main/**", "."));
    assertEquals(2, cli.findingLines().size(), cli.out());
    assertTrue(cli.err().contains("2 files scanned"), cli.err());

    assertEquals(1, cli.run("scan", "--include", "src/main/**", "--exclude", "**/gen/**", "."));
    assertTrue(cli.out().startsWith("src/main/java/p/A.java:5:28"), cli.out());
    assertEquals(1, cli.findingLines().size(), cli.out());

    // The root defaults to the common folder of the PATHs (here src); a leading **/ also
    // matches at the root; several includes add up.
    assertEquals(1, cli.run("scan", "--include", "**/ATest.java", "--include=main/java/p/gen/*.java",
        "src"));
    assertEquals(2, cli.findingLines().size(), cli.out());

    assertEquals(0, cli.run("scan", "--exclude", "**", "src"));
    assertTrue(cli.err().contains("0 files scanned"), cli.err());
    assertEquals(2, cli.run("scan", "--exclude", "src/[main", "src"));
    assertTrue(cli.err().contains("--include/--exclude: 'src/[main' is not a valid glob"), cli.err());
  }

  @Test
  void rulesChoosesRulesByCatalogName() {
    writeLeaky("src/p/A.java");

    assertEquals(0, cli.run("scan", "--rules", "UnclosedResource", "src"));
    assertEquals("", cli.out());
    assertEquals(1, cli.run("scan", "--rules", "UnclosedResource, StringConcatInLoop", "src"));
    assertEquals(1, cli.findingLines().size(), cli.out());

    assertEquals(2, cli.run("scan", "--rules", "StringConcat", "src"));
    assertTrue(cli.err().contains("--rules: unknown rule 'StringConcat'; the rules are"), cli.err());
    assertTrue(cli.err().contains("StringConcatInLoop"), cli.err());
  }

  @Test
  void failOnDecidesTheExitStatus() {
    writeLeaky("src/p/A.java");

    assertEquals(1, cli.run("scan", "src"));
    assertEquals(1, cli.run("scan", "--fail-on", "warning", "src"));
    // Every rule is a warning: only error-level findings would fail.
    assertEquals(0, cli.run("scan", "--fail-on", "error", "src"));
    assertEquals(1, cli.findingLines().size(), "findings are still reported: " + cli.out());
    assertEquals(0, cli.run("scan", "--fail-on=none", "src"));
    assertEquals(2, cli.run("scan", "--fail-on", "sometimes", "src"));
    assertTrue(cli.err().contains("unknown level 'sometimes' for --fail-on"), cli.err());
  }

  @Test
  void badInputFilesNeverChangeTheExitStatus() {
    // Unfinished, with a loop and a +: the text prefilter parses it.
    new SourceTree(dir).write("src/p/Broken.java", "class Broken { void f() { for (;;) s += 1;");
    assertEquals(0, cli.run("scan", "src"));
    assertTrue(cli.err().contains("src/p/Broken.java: cannot analyse: syntax error"), cli.err());
  }

  @Test
  void classpathJarsLetTheSolverSeeInheritedFields() {
    new SourceTree(dir).write("src/app/Report.java", INHERITS);
    Path jar = TestJars.compile(dir.resolve("lib/base.jar"), dir.resolve("scratch"),
        "lib/Base.java", "package lib; public class Base { protected String text = \"\"; }");

    // Without the jar the field's type is unknown: silent, as precision-first demands.
    assertEquals(0, cli.run("scan", "src"));
    assertEquals(1, cli.run("scan", "--classpath", jar.toString(), "src"));
    assertTrue(cli.out().startsWith("src/app/Report.java:4:28: warning: [StringConcatInLoop]"), cli.out());
    // DIR/* is every jar in DIR; entries are split on the path separator.
    assertEquals(1, cli.run("scan", "-cp", "lib/*" + File.pathSeparator + jar, "src"));
  }

  @Test
  void classpathEntriesThatAreNotJarsAreNotesOrUsageErrors() {
    new SourceTree(dir).write("src/app/A.java", "package app; class A {}");
    new SourceTree(dir).write("notes.txt", "not a jar");

    assertEquals(2, cli.run("scan", "--classpath", "missing.jar", "src"));
    assertTrue(cli.err().contains("--classpath: no such file"), cli.err());
    assertEquals(0, cli.run("scan", "--classpath", "notes.txt", "--format", "sarif", "src"));
    assertTrue(cli.err().contains("leakproof: note: " + dir.resolve("notes.txt")
        + " is not a readable jar"), cli.err());
    JsonNode note = SarifSchema.assertValid(cli.out()).get("runs").get(0).get("invocations").get(0)
        .get("toolExecutionNotifications").get(0);
    assertEquals("note", note.get("level").asString());
  }

  @Test
  void aPomAsPathScansItsSourcesWithItsDependenciesFromTheLocalRepository() {
    Path repository = localRepositoryWithBase();
    SourceTree tree = new SourceTree(dir);
    tree.write("project/pom.xml", """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>org.example</groupId>
          <artifactId>app</artifactId>
          <version>1.0</version>
          <properties><base.version>1.2</base.version></properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.example</groupId><artifactId>absent</artifactId><version>9</version>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>${project.groupId}</groupId>
              <artifactId>base</artifactId>
              <version>${base.version}</version>
            </dependency>
            <dependency>
              <groupId>org.example</groupId><artifactId>absent</artifactId>
            </dependency>
          </dependencies>
        </project>
        """);
    tree.write("project/src/main/java/app/Report.java", INHERITS);
    tree.write("project/notes/Ignored.java", "this is not scanned: not a source folder");

    assertEquals(1, cli.run("scan", "project/pom.xml"));
    assertTrue(cli.out().startsWith("project/src/main/java/app/Report.java:4:28"), cli.out());
    assertTrue(cli.err().contains("1 file scanned"), cli.err());
    assertTrue(cli.err().contains("1 dependency not in the local repository " + repository), cli.err());
    assertTrue(cli.err().contains("org.example:absent:9"), cli.err());

    // --project: the dependencies only; the PATHs say what to scan.
    assertEquals(1, cli.run("scan", "--project", "project", "project/src"));
    assertEquals(0, cli.run("scan", "project/src"));
    assertEquals(2, cli.run("scan", "--project", "src", "project/src"));
    assertTrue(cli.err().contains("--project: no pom.xml at"), cli.err());
  }

  @Test
  void aMultiModulePomScansEachModuleWithWhatItInheritsFromItsParent() {
    localRepositoryWithBase();
    SourceTree tree = new SourceTree(dir);
    tree.write("project/pom.xml", """
        <project>
          <groupId>org.example</groupId>
          <artifactId>parent</artifactId>
          <version>1.0</version>
          <packaging>pom</packaging>
          <modules><module>app</module><module>other</module></modules>
          <properties><base.version>1.2</base.version></properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.example</groupId><artifactId>base</artifactId>
                <version>${base.version}</version>
              </dependency>
            </dependencies>
          </dependencyManagement>
        </project>
        """);
    tree.write("project/app/pom.xml", """
        <project>
          <parent>
            <groupId>org.example</groupId><artifactId>parent</artifactId><version>1.0</version>
          </parent>
          <artifactId>app</artifactId>
          <dependencies>
            <dependency><groupId>org.example</groupId><artifactId>base</artifactId></dependency>
            <dependency><groupId>org.example</groupId><artifactId>other</artifactId></dependency>
          </dependencies>
        </project>
        """);
    tree.write("project/other/pom.xml", """
        <project>
          <parent>
            <groupId>org.example</groupId><artifactId>parent</artifactId><version>1.0</version>
          </parent>
          <artifactId>other</artifactId>
        </project>
        """);
    tree.write("project/app/src/main/java/app/Report.java", INHERITS);
    writeLeaky("project/other/src/test/java/q/OtherTest.java");
    writeLeaky("project/other/target/generated-sources/q/Generated.java");

    assertEquals(1, cli.run("scan", "project/pom.xml"));

    assertEquals(List.of("project/app/src/main/java/app/Report.java:4:28",
        "project/other/src/test/java/q/OtherTest.java:5:28"),
        cli.findingLines().stream().map(line -> line.substring(0, line.indexOf(": "))).toList());
    // The sibling module comes from the scanned sources, not from the repository.
    assertFalse(cli.err().contains("not in the local repository"), cli.err());
  }

  /** A local repository (as -Dmaven.repo.local) holding org.example:base:1.2 with lib.Base. */
  private Path localRepositoryWithBase() {
    Path repository = dir.resolve("repo");
    System.setProperty("maven.repo.local", repository.toString());
    TestJars.compile(repository.resolve("org/example/base/1.2/base-1.2.jar"),
        dir.resolve("scratch"),
        "lib/Base.java", "package lib; public class Base { protected String text = \"\"; }");
    return repository;
  }

  @Test
  void anUnreadablePomIsAUsageError() {
    new SourceTree(dir).write("project/pom.xml", "<project><dependencies>");
    assertEquals(2, cli.run("scan", "project/pom.xml"));
    assertTrue(cli.err().contains("cannot read the Maven project:"), cli.err());
    assertTrue(cli.err().contains("is not well-formed XML"), cli.err());
  }
}
