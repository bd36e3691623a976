import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;

/**
 * Times three passes over the same sources, alternating so that machine load hits all alike:
 * the Leakproof scanner with every rule, PMD 7 with its two rules closest to ours (CloseResource,
 * UseStringBufferForStringAppends), and JavaParser parsing every file and nothing else (the
 * floor the scanner cannot beat). All use the same number of threads.
 */
public final class Bench {
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Path sources = Path.of(args[1]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    long lines = 0;
    for (Path file : files) {
      lines += Files.readAllLines(file, StandardCharsets.UTF_8).size();
    }
    System.out.printf("corpus: %s: %,d files, %,d lines; %d threads; JDK %s%n", sources,
        files.size(), lines, THREADS, Runtime.version());

    Map<String, Supplier<String>> passes = new LinkedHashMap<>();
    passes.put("leakproof scanner", () -> scanner(sources));
    passes.put("PMD 7 (2 rules)", () -> pmd(sources));
    passes.put("JavaParser parse only", () -> parseOnly(files));
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    for (int round = 0; round <= rounds; round++) {
      for (Map.Entry<String, Supplier<String>> pass : passes.entrySet()) {
        System.gc();
        long start = System.nanoTime();
        String outcome = pass.getValue().get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        String label = round == 0 ? "warm-up" : "round " + round;
        System.out.printf("%-8s %-22s %7.2f s  (%s)%n", label, pass.getKey(), elapsed, outcome);
        if (round > 0) {
          seconds.computeIfAbsent(pass.getKey(), k -> new ArrayList<>()).add(elapsed);
        }
      }
    }

    System.out.println();
    System.out.printf("%-22s %9s %10s %12s%n", "median of " + rounds, "seconds", "files/s",
        "lines/s");
    Map<String, Double> median = new LinkedHashMap<>();
    for (Map.Entry<String, List<Double>> pass : seconds.entrySet()) {
      double[] sorted = pass.getValue().stream().mapToDouble(Double::doubleValue).sorted()
          .toArray();
      double m = sorted[sorted.length / 2];
      median.put(pass.getKey(), m);
      System.out.printf("%-22s %9.2f %10.0f %12.0f%n", pass.getKey(), m, files.size() / m,
          lines / m);
    }
    double scanner = median.get("leakproof scanner");
    System.out.printf("%nscanner throughput / PMD throughput: %.2fx (target >= 2)%n",
        median.get("PMD 7 (2 rules)") / scanner);
    System.out.printf("scanner time / parse-only time:      %.2fx (target <= 1.5)%n",
        scanner / median.get("JavaParser parse only"));

    liveHeap(files, sources);
  }

  private static String scanner(Path sources) {
    ScanResult result = Scanner.withAllRules().scan(List.of(sources), sources);
    return result.findings().size() + " findings, " + result.filesNotAnalysed()
        + " files not analysed";
  }

  private static String pmd(Path sources) {
    PMDConfiguration config = new PMDConfiguration();
    config.setDefaultLanguageVersion(
        LanguageRegistry.PMD.getLanguageById("java").getVersion("21"));
    config.addInputPath(sources);
    config.setRuleSets(List.of("category/java/errorprone.xml/CloseResource",
        "category/java/performance.xml/UseStringBufferForStringAppends"));
    config.setThreads(THREADS);
    config.setIgnoreIncrementalAnalysis(true);
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      var report = pmd.performAnalysisAndCollectReport();
      return report.getViolations().size() + " violations, "
          + report.getProcessingErrors().size() + " processing errors";
    }
  }

  /** Each file read as UTF-8 and parsed with the scanner's own parser settings, on THREADS threads. */
  private static String parseOnly(List<Path> files) {
    try {
      return ParseOnly.parse(files);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The scanner's live heap (used right after a full collection, forced every 250 ms) while it
   * scans a third, two thirds and all of the files: flat when it keeps nothing per file.
   */
  private static void liveHeap(List<Path> files, Path sources) {
    System.out.println();
    Runtime runtime = Runtime.getRuntime();
    for (int part = 1; part <= 3; part++) {
      List<Path> subset = files.subList(0, files.size() * part / 3);
      long[] maxLive = {0};
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          System.gc();
          maxLive[0] = Math.max(maxLive[0], runtime.totalMemory() - runtime.freeMemory());
          try {
            Thread.sleep(250);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.start();
      Scanner.withAllRules().scan(subset, sources);
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      System.out.printf("live heap, max while scanning %,5d files: %,6.1f MiB%n",
          subset.size(), maxLive[0] / 1048576.0);
    }
  }
}
