package dev.leakproof.errorprone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.testcases.Conformance;
import dev.leakproof.testcases.Corpus;
import dev.leakproof.errorprone.sarif.DiagnosticText;
import dev.leakproof.testcases.Expectation;
import dev.leakproof.testcases.Reported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Runs javac with Error Prone and only Leakproof's checks over every corpus file, the way a
 * user's build does ({@code -Xplugin:ErrorProne}, checks found on the processor path through
 * their service registration), and holds the result to the corpus and the known gaps.
 */
class ErrorProneConformanceTest {
  @Test
  void conformsToTheCorpus() throws IOException {
    Conformance conformance = Conformance.ofThisCheckout();
    Corpus corpus = conformance.corpus();
    StringBuilder enable = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
    for (Rule rule : conformance.rulesOf("errorprone")) {
      enable.append(" -Xep:").append(rule.ruleName()).append(":WARN");
    }
    Path classes = Files.createDirectories(Path.of("target", "conformance-classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = List.of(
          "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", enable.toString(),
          "-processorpath", System.getProperty("java.class.path"), "-proc:none",
          "-Xmaxwarns", "100000", "-d", classes.toString());
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(corpus.sourceFiles())).call();
      assertTrue(compiled, () -> "the corpus does not compile:\n" + diagnostics.getDiagnostics());
    }
    List<Reported> reported = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String text = d.getMessage(Locale.ROOT);
      Optional<Rule> rule = DiagnosticText.rule(text);
      if (d.getCode().endsWith(".error.prone") && rule.isPresent()) {
        reported.add(new Reported(new Expectation(corpus.relative(Path.of(d.getSource().toUri())),
            (int) d.getLineNumber(), rule.get()), DiagnosticText.sentence(text)));
      }
    }
    conformance.assertConforms("errorprone", reported);
  }
}
