import dev.leakproof.scanner.engine.Scanner;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.SourceRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Why the scanner parses the files it parses: for each rule, how many files its text prefilter
 * lets through, how many of them no other rule lets through (parsed for that rule alone), and,
 * given a SARIF report of a scan of the same folder, how many of them end with a finding of it.
 *   java PrefilterByRule SOURCES SARIF
 * The gap between "lets through" and "with a finding" is what a tighter filter could still skip.
 */
public final class PrefilterByRule {
  public static void main(String[] args) throws Exception {
    Path sources = Path.of(args[0]);
    Set<String> flagged = flaggedFiles(Files.readString(Path.of(args[1])));
    List<SourceRule> rules = SourceRules.all();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    int[] through = new int[rules.size()];
    int[] alone = new int[rules.size()];
    int[] withFinding = new int[rules.size()];
    int[] aloneWithFinding = new int[rules.size()];
    int parsed = 0;
    int parsedWithFinding = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      String uri = sources.relativize(file).toString().replace('\\', '/');
      List<Integer> admitting = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if (Scanner.parses(List.of(rules.get(i)), text)) {
          admitting.add(i);
        }
      }
      if (!admitting.isEmpty()) {
        parsed++;
        boolean any = false;
        for (int i : admitting) {
          any |= flagged.contains(rules.get(i).rule().ruleName() + " " + uri);
        }
        parsedWithFinding += any ? 1 : 0;
      }
      for (int i : admitting) {
        boolean found = flagged.contains(rules.get(i).rule().ruleName() + " " + uri);
        through[i]++;
        withFinding[i] += found ? 1 : 0;
        if (admitting.size() == 1) {
          alone[i]++;
          aloneWithFinding[i] += found ? 1 : 0;
        }
      }
    }
    System.out.printf("%d files, %d parsed (%.0f%%), %d of them with a finding%n", files.size(),
        parsed, 100.0 * parsed / files.size(), parsedWithFinding);
    System.out.printf("%-24s %8s %10s %8s %10s%n", "rule", "through", "w/finding", "alone",
        "w/finding");
    for (int i = 0; i < rules.size(); i++) {
      System.out.printf("%-24s %8d %10d %8d %10d%n", rules.get(i).rule().ruleName(), through[i],
          withFinding[i], alone[i], aloneWithFinding[i]);
    }
  }

  /** "RuleName uri" of every result of the SARIF report. */
  private static Set<String> flaggedFiles(String sarif) {
    Set<String> flagged = new HashSet<>();
    Matcher result = Pattern.compile(
        "\"ruleId\"\\s*:\\s*\"(\\w+)\"[\\s\\S]*?\"uri\"\\s*:\\s*\"([^\"]+)\"").matcher(sarif);
    while (result.find()) {
      flagged.add(result.group(1) + " " + result.group(2));
    }
    return flagged;
  }
}
