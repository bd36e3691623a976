import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.SourceRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scanner's text prefilter alone, in one warm JVM, for comparing two jars:
 *   java -cp CLASSES:leakproof.jar PrefilterCost time SOURCES [ROUNDS]
 * prints the thread CPU time of the prefilter (every rule) over every file, per round, files
 * read beforehand (the first round includes the JIT's warm-up);
 *   java -cp CLASSES:leakproof.jar PrefilterCost verdicts FOLDER...
 * prints, per file, whether the prefilter lets it in for each rule (one digit per rule, in
 * SourceRules.all()'s order): two jars whose outputs are equal filter alike.
 */
public final class PrefilterCost {
  public static void main(String[] args) throws Exception {
    List<SourceRule> rules = SourceRules.all();
    if (args[0].equals("verdicts")) {
      for (int a = 1; a < args.length; a++) {
        for (Path file : javaFiles(Path.of(args[a]))) {
          String text = Files.readString(file);
          StringBuilder line = new StringBuilder(file.toString()).append(' ');
          for (SourceRule rule : rules) {
            line.append(Scanner.parses(List.of(rule), text) ? '1' : '0');
          }
          System.out.println(line);
        }
      }
      return;
    }
    List<String> texts = new ArrayList<>();
    for (Path file : javaFiles(Path.of(args[1]))) {
      texts.add(Files.readString(file));
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      int parsed = 0;
      for (String text : texts) {
        if (Scanner.parses(rules, text)) {
          parsed++;
        }
      }
      System.out.printf("round %d: %.0f ms CPU, %d of %d files let in%n", round,
          (threads.getCurrentThreadCpuTime() - start) / 1e6, parsed, texts.size());
    }
  }

  private static List<Path> javaFiles(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
