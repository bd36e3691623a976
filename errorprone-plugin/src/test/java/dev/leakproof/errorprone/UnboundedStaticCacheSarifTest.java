package dev.leakproof.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.sarif.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The SARIF region is the field's name, not its annotations on the lines above. */
class UnboundedStaticCacheSarifTest {
  @Test
  void regionIsTheFieldName() throws IOException {
    Path project = Path.of("target", "sarif-staticcache").toAbsolutePath();
    Path source = project.resolve("src/sample/Registry.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n",
        "package sample;",
        "import java.util.ArrayList;",
        "import java.util.List;",
        "class Registry {",
        "  @Deprecated",
        "  private static final List<String> NAMES = new ArrayList<>();",
        "  static void add(String name) { NAMES.add(name); }",
        "}", ""));
    Path sarif = project.resolve("out.sarif");
    Files.deleteIfExists(sarif);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      boolean ok = javac.getTask(null, files, diagnostics, List.of(
          "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
          "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:UnboundedStaticCache:WARN",
          "-Xplugin:LeakproofSarif out=" + sarif + " root=" + project,
          "-processorpath", System.getProperty("java.class.path"), "-proc:none",
          "-d", Files.createDirectories(project.resolve("classes")).toString()),
          null, files.getJavaFileObjects(source)).call();
      assertTrue(ok, () -> "compilation failed: " + diagnostics.getDiagnostics());
    }
    JsonNode results = SarifSchema.assertValid(sarif).get("runs").get(0).get("results");
    assertEquals(1, results.size(), results::toString);
    JsonNode region = results.get(0).get("locations").get(0).get("physicalLocation")
        .get("region");
    assertEquals(6, region.get("startLine").asInt());
    assertEquals(37, region.get("startColumn").asInt());
    assertEquals(42, region.get("endColumn").asInt());
  }
}
