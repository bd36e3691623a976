package dev.leakproof.scanner;

import dev.leakproof.scanner.cli.CommandLine;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.testcases.Conformance;
import dev.leakproof.testcases.Corpus;
import dev.leakproof.testcases.Expectation;
import dev.leakproof.testcases.Reported;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanner over every file of the corpus agrees with its markers, minus the known gaps. */
class ScannerConformanceTest {
  @Test
  void scannerConformsToTheCorpus() {
    Conformance conformance = Conformance.ofThisCheckout();
    Corpus corpus = conformance.corpus();
    // Every source set at once, paths relative to the folder above them (java/cases/..,
    // java11/cases/..), each then made a corpus path again.
    Path sets = corpus.sourceRoot().getParent();
    ScanResult result = Scanner.withAllRules().scan(corpus.sourceRoots(), sets);
    if (!result.notifications().isEmpty()) {
      throw new AssertionError("the corpus must analyse cleanly: " + result.notifications());
    }
    List<Reported> reported = result.findings().stream()
        .map(f -> new Reported(
            new Expectation(corpus.relative(sets.resolve(f.region().path())),
                f.region().startLine(), f.rule()), f.message()))
        .toList();
    conformance.assertConforms(CommandLine.ENGINE, reported);
  }
}
