package dev.leakproof.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * Shapes the field rules' evidence (StaticCacheEvidence, ThreadLocalEvidence,
   * ListenerEvidence) must let through, each reported by its rule, none in the corpus in this
   * form: a cache grown by its loading {@code get}, a first value stored in a static block or a
   * singleton's constructor, a thread-local of the file's own subclass or with an initial value,
   * a listener held in a local or a field before it is registered.
   */
  @Test
  void theFieldRulesShapesTheFilterMustLetThrough(@TempDir Path folder) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("LoadedCache", "import com.google.common.cache.CacheBuilder;"
        + " import com.google.common.cache.CacheLoader;"
        + " import com.google.common.cache.LoadingCache;"
        + " class LoadedCache { private static final LoadingCache<String, String> NAMES ="
        + " CacheBuilder.newBuilder().build(CacheLoader.from(String::trim));"
        + " String name(String key) { return NAMES.getUnchecked(key); } }");
    files.put("StaticBlockMap", "import java.util.*; class StaticBlockMap {"
        + " private static final Map<String, String> SEEN; static { SEEN = new HashMap<>(); }"
        + " void see(String key) { (StaticBlockMap.SEEN).put(key, key); } }");
    files.put("SingletonRegistry", "import java.util.*; final class SingletonRegistry {"
        + " private static final SingletonRegistry ONE = (new SingletonRegistry());"
        + " private final Map<String, Object> entries;"
        + " private SingletonRegistry() { this.entries = Collections.synchronizedMap("
        + "new HashMap<>()); } void add(String key, Object value) {"
        + " this.entries.put(key, value); } }");
    files.put("OwnThreadLocal", "class OwnThreadLocal {"
        + " static class Holder extends ThreadLocal<StringBuilder> { }"
        + " private static final Holder CURRENT = new Holder();"
        + " void begin() { OwnThreadLocal.CURRENT.set(new StringBuilder()); } }");
    files.put("InitialThreadLocal", "class InitialThreadLocal {"
        + " private static final ThreadLocal<StringBuilder> TRAIL ="
        + " ThreadLocal.withInitial(StringBuilder::new);"
        + " String add(String step) { StringBuilder trail = (TRAIL).get();"
        + " return trail.append(step).toString(); } }");
    files.put("HeldListener", "import java.util.*; class HeldListener {"
        + " interface Listener { void changed(); }"
        + " static final class Subject { private final List<Listener> all = new ArrayList<>();"
        + " void addListener(Listener l) { all.add(l); } void removeListener(Listener l) {"
        + " all.remove(l); } }"
        + " private static final Subject SETTINGS = new Subject(); private int changes;"
        + " private final Listener kept; HeldListener() { kept = () -> changes++; }"
        + " void bind() { Listener local; local = () -> this.changes++;"
        + " SETTINGS.addListener(local); SETTINGS.addListener(kept);"
        + " SETTINGS.addListener((Listener) this::toString); } }");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(folder.resolve(file.getKey() + ".java"), file.getValue());
    }
    Scanner scanner = Scanner.withAllRules();
    ScanResult filtered = scanner.scan(List.of(folder), folder);
    ScanResult everyFile = scanner.parsingEveryFile(true).scan(List.of(folder), folder);
    assertEquals(sarif(everyFile), sarif(filtered));
    for (String file : files.keySet()) {
      Rule rule = file.endsWith("Listener") ? Rule.LISTENER_LEAK
          : file.endsWith("ThreadLocal") ? Rule.THREAD_LOCAL_NOT_REMOVED
          : Rule.UNBOUNDED_STATIC_CACHE;
      assertTrue(filtered.findings().stream().anyMatch(f -> f.rule() == rule
          && f.region().path().endsWith(file + ".java")), file);
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
