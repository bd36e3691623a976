import dev.leakproof.checks.sarif.SarifRun;
import dev.leakproof.checks.sarif.SarifWriter;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.scanner.engine.SourceRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * For each library folder under the given folder: the share of files the scanner's text
 * prefilter skips with every rule on, and (with --check) whether scanning with and without the
 * prefilter gives the same SARIF. Exit status 1 when they differ.
 */
public final class PrefilterCheck {
  public static void main(String[] args) throws Exception {
    Path sources = Path.of(args[0]);
    boolean check = args.length > 1 && args[1].equals("--check");
    List<Path> libraries;
    try (Stream<Path> list = Files.list(sources)) {
      libraries = list.filter(Files::isDirectory).sorted().toList();
    }
    int allFiles = 0;
    int allSkipped = 0;
    boolean same = true;
    for (Path library : libraries) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(library)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).toList();
      }
      int skipped = 0;
      for (Path file : files) {
        if (!Scanner.parses(SourceRules.all(), Files.readString(file))) {
          skipped++;
        }
      }
      allFiles += files.size();
      allSkipped += skipped;
      String verdict = "";
      if (check) {
        Scanner scanner = Scanner.withAllRules();
        String filtered = sarif(scanner.scan(List.of(library), library));
        String everyFile = sarif(scanner.parsingEveryFile(true).scan(List.of(library), library));
        verdict = filtered.equals(everyFile) ? "  same SARIF with and without the filter"
            : "  DIFFERENT SARIF with and without the filter";
        same &= filtered.equals(everyFile);
      }
      System.out.printf("%-18s %5d files, %5d skipped (%2.0f%%)%s%n", library.getFileName(),
          files.size(), skipped, 100.0 * skipped / files.size(), verdict);
    }
    System.out.printf("%-18s %5d files, %5d skipped (%2.0f%%)%n", "all", allFiles, allSkipped,
        100.0 * allSkipped / allFiles);
    System.exit(same ? 0 : 1);
  }

  private static String sarif(ScanResult result) {
    return SarifWriter.toJson(new SarifRun(dev.leakproof.scanner.cli.CommandLine.ENGINE, result.findings(),
        result.notifications(), result.internalErrors() == 0));
  }
}
