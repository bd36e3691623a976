package dev.leakproof.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Callee bodies in another file of the compilation ({@link CompilationBodies}): two files
 * compiled together, a stream handed from one to a static method of the other that closes it.
 * With the compile policy Error Prone asks for, the other file's body is read and the caller is
 * silent; under {@code byfile} that file is not attributed yet or already lowered when the
 * caller is checked, so its body is not read (the call is judged by its shape, as before) and
 * the compilation still succeeds, whichever file comes first.
 */
class CompilationBodiesTest {
  private static final String SINKS = String.join("\n",
      "package sample;",
      "import java.io.IOException;",
      "import java.io.OutputStream;",
      "final class Sinks {",
      "  static void copyAll(byte[] data, OutputStream out) throws IOException {",
      "    try {",
      "      out.write(data);",
      "    } finally {",
      "      out.close();",
      "    }",
      "  }",
      "}", "");
  private static final String CALLER = String.join("\n",
      "package sample;",
      "import java.io.File;",
      "import java.io.FileOutputStream;",
      "import java.io.IOException;",
      "class Caller {",
      "  void save(byte[] data, File file) throws IOException {",
      "    Sinks.copyAll(data, new FileOutputStream(file));",
      "  }",
      "}", "");

  @Test
  void readsTheOtherFilesBodyUnderTheSimplePolicy() throws IOException {
    assertEquals(List.of(), findings("simple", true));
    assertEquals(List.of(), findings("simple", false));
  }

  @Test
  void judgesByShapeWhenTheOtherFileIsNotAsWritten() throws IOException {
    assertEquals(List.of("Caller.java:7"), findings("byfile", true)); // Sinks lowered already
    assertEquals(List.of("Caller.java:7"), findings("byfile", false)); // Sinks not attributed
  }

  private static List<String> findings(String policy, boolean sinksFirst) throws IOException {
    Path project = Path.of("target", "compilation-bodies", policy + (sinksFirst ? "-sinks" : "-caller"))
        .toAbsolutePath();
    Path sinks = project.resolve("src/sample/Sinks.java");
    Path caller = project.resolve("src/sample/Caller.java");
    Files.createDirectories(sinks.getParent());
    Files.writeString(sinks, SINKS);
    Files.writeString(caller, CALLER);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      boolean ok = javac.getTask(null, files, diagnostics, List.of(
          "-XDcompilePolicy=" + policy, "--should-stop=ifError=FLOW",
          "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:UnclosedResource:WARN",
          "-processorpath", System.getProperty("java.class.path"), "-proc:none",
          "-d", Files.createDirectories(project.resolve("classes")).toString()),
          null, files.getJavaFileObjects(sinksFirst ? new Path[] {sinks, caller}
              : new Path[] {caller, sinks})).call();
      assertTrue(ok, () -> "compilation failed: " + diagnostics.getDiagnostics());
    }
    List<String> found = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getMessage(Locale.ROOT).contains("[UnclosedResource]")) {
        found.add(Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber());
      }
    }
    return found;
  }
}
