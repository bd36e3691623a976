package dev.leakproof.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.sarif.SarifRun;
import dev.leakproof.checks.sarif.SarifWriter;
import dev.leakproof.scanner.cli.CommandLine;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.scanner.engine.SourceRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Shapes near the edge of a rule's text evidence that the rule does report, so the prefilter
 * must let them through (src/test/resources/prefilter-shapes, one file per shape): a string
 * extended in a loop body without braces, in a for loop's update, in a braceless do loop's if,
 * in a forEach lambda, through {@code this.}, in the middle of a chain or as {@code concat}'s
 * argument; a resource inside a try-with-resources declaration's value, and one declared there
 * and returned, which makes its method a factory whose call leaks; a value no table knows,
 * closed only by a known class's closing helper ({@code IoUtils.safeClose}: undertow). Each file
 * has a finding, and the scan with the filter reports what the scan of every file does.
 */
class PrefilterShapesTest {
  private static final Path SHAPES = Path.of("src/test/resources/prefilter-shapes")
      .toAbsolutePath();

  @Test
  void everyShapeIsReportedWithTheFilterAsWithout() throws IOException {
    Scanner scanner = new Scanner(SourceRules.all(), 1);
    ScanResult filtered = scanner.scan(List.of(SHAPES), SHAPES);
    ScanResult everyFile = scanner.parsingEveryFile(true).scan(List.of(SHAPES), SHAPES);
    assertEquals(sarif(everyFile), sarif(filtered));
    String report = sarif(filtered);
    try (Stream<Path> files = Files.walk(SHAPES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString();
        assertTrue(report.contains("/" + name + "\""), name + " has no finding");
      }
    }
  }

  private static String sarif(ScanResult result) {
    return SarifWriter.toJson(new SarifRun(CommandLine.ENGINE, result.findings(),
        result.notifications(), result.internalErrors() == 0));
  }
}
