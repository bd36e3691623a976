package dev.leakproof.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.sarif.SarifRun;
import dev.leakproof.checks.sarif.SarifWriter;
import dev.leakproof.scanner.cli.CommandLine;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.SourceRules;
import dev.leakproof.testcases.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The text prefilter never changes what the scanner reports: the corpus and this project's own
 * sources (real code, with every rule's look-alikes) scanned with and without it give the same
 * SARIF, for all rules together and for each rule alone (a file one rule needs may be skipped
 * when only another runs). The bench libraries get the same check in scanner/bench/bench.sh.
 */
class ScannerPrefilterTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  private static List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    inputs.addAll(Conformance.ofThisCheckout().corpus().sourceRoots());
    for (String module : List.of("checks", "scanner", "errorprone-plugin", "spotbugs-plugin",
        "test-cases")) {
      for (String tree : List.of("src/main/java", "src/test/java")) {
        Path folder = REPOSITORY.resolve(module).resolve(tree);
        if (Files.isDirectory(folder) && !inputs.contains(folder)) {
          inputs.add(folder);
        }
      }
    }
    return inputs;
  }

  @Test
  void everyRuleTogetherReportsTheSameWithAndWithoutTheFilter() throws IOException {
    assertSameSarif(SourceRules.all());
  }

  @Test
  void eachRuleAloneReportsTheSameWithAndWithoutTheFilter() throws IOException {
    for (SourceRule rule : SourceRules.all()) {
      assertSameSarif(List.of(rule));
    }
  }

  private static void assertSameSarif(List<SourceRule> rules) throws IOException {
    List<Path> inputs = inputs();
    Scanner scanner = new Scanner(rules, Runtime.getRuntime().availableProcessors());
    ScanResult filtered = scanner.scan(inputs, REPOSITORY);
    ScanResult everyFile = scanner.parsingEveryFile(true).scan(inputs, REPOSITORY);
    String name = rules.size() == 1 ? rules.get(0).rule().ruleName() : "all rules";
    assertTrue(everyFile.findings().size() > 0, name + ": the inputs must give findings");
    assertEquals(sarif(everyFile), sarif(filtered), name);
    assertEquals(everyFile.filesAnalysed(), filtered.filesAnalysed(), name);

    // Not vacuous: the filter does skip files here.
    int skipped = 0;
    for (Path input : inputs) {
      try (Stream<Path> walk = Files.walk(input)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
          if (!Scanner.parses(rules, Files.readString(file))) {
            skipped++;
          }
        }
      }
    }
    assertTrue(skipped > 0, name + ": no file skipped");
  }

  private static String sarif(ScanResult result) {
    return SarifWriter.toJson(new SarifRun(CommandLine.ENGINE, result.findings(),
        result.notifications(), result.internalErrors() == 0));
  }
}
