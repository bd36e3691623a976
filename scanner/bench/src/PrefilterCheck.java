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
 * prefilter gives the same findings in SARIF. Exit status 1 when they differ.
 *
 * <p>Notifications are counted, not compared: a file the filter skips is never parsed, so a file
 * JavaParser cannot read and that holds nothing any rule looks for (Tomcat's {@code
 * MessageBytes}, skipped since the StringConcatInLoop filter knows an {@code int} local) loses
 * its "cannot analyse" notification, by design.
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
        ScanResult filteredScan = scanner.scan(List.of(library), library);
        ScanResult everyFileScan = scanner.parsingEveryFile(true).scan(List.of(library), library);
        String filtered = findingsSarif(filteredScan);
        String everyFile = findingsSarif(everyFileScan);
        verdict = (filtered.equals(everyFile) ? "  same findings with and without the filter"
            : "  DIFFERENT findings with and without the filter")
            + String.format(" (notifications %d, without the filter %d)",
                filteredScan.notifications().size(), everyFileScan.notifications().size());
        same &= filtered.equals(everyFile);
      }
      System.out.printf("%-18s %5d files, %5d skipped (%2.0f%%)%s%n", library.getFileName(),
          files.size(), skipped, 100.0 * skipped / files.size(), verdict);
    }
    System.out.printf("%-18s %5d files, %5d skipped (%2.0f%%)%n", "all", allFiles, allSkipped,
        100.0 * allSkipped / allFiles);
    System.exit(same ? 0 : 1);
  }

  private static String findingsSarif(ScanResult result) {
    return SarifWriter.toJson(new SarifRun(dev.leakproof.scanner.cli.CommandLine.ENGINE, result.findings(),
        List.of(), result.internalErrors() == 0));
  }
}
