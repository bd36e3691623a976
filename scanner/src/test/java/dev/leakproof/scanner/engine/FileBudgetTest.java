package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.scanner.rules.UnclosedResource;
import dev.leakproof.scanner.testing.SourceTree;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file over its CPU budget becomes a notification naming the phase; the scan goes on. */
class FileBudgetTest {
  private static final String LEAKY = """
      package p;
      class %s {
        void f() throws Exception {
          new java.io.FileInputStream("x").read();
        }
      }
      """;

  @TempDir Path dir;

  /** Burns CPU, then asks the solver, as a slow rule would. */
  private static final class SlowRule implements SourceRule {
    @Override
    public Rule rule() {
      return Rule.UNCLOSED_RESOURCE;
    }

    @Override
    public void check(SourceFile file) {
      if (!file.path().endsWith("Slow.java")) {
        return;
      }
      var threads = ManagementFactory.getThreadMXBean();
      long start = threads.getCurrentThreadCpuTime();
      while (threads.getCurrentThreadCpuTime() - start < 600_000_000L) {
        Thread.onSpinWait();
      }
      file.unit().findAll(ObjectCreationExpr.class)
          .forEach(creation -> file.resolution().typeOf(creation));
    }
  }

  /** Burns CPU and never asks the budget, like JavaParser's lookahead on some broken code. */
  private static final class DeafRule implements SourceRule {
    @Override
    public Rule rule() {
      return Rule.UNCLOSED_RESOURCE;
    }

    @Override
    public void check(SourceFile file) {
      if (file.path().endsWith("Slow.java")) {
        var threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - start < 4_000_000_000L) {
          Thread.onSpinWait(); // bounded, so that the abandoned thread ends after the test
        }
      }
    }
  }

  @Test
  void aFileThatDoesNotStopAtItsBudgetIsGivenUpOnAndTheScanFinishes() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/A.java", LEAKY.formatted("A"));
    tree.write("p/Slow.java", LEAKY.formatted("Slow"));
    tree.write("p/Z.java", LEAKY.formatted("Z"));

    ScanResult result = new Scanner(List.of(new DeafRule(), new UnclosedResource()), 1)
        .withFileBudget(Duration.ofMillis(200)).scan(List.of(dir), dir);

    assertEquals(List.of("p/A.java", "p/Z.java"),
        result.findings().stream().map(f -> f.region().path()).toList());
    assertEquals(1, result.filesNotAnalysed());
    Notification note = result.notifications().get(0);
    assertEquals("p/Slow.java", note.path());
    assertTrue(note.message().contains("(rule UnclosedResource, and did not stop)"),
        note.message());
  }

  @Test
  void aFileOverBudgetWhileParsingIsANotificationNamingThePhase() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/A.java", LEAKY.formatted("A"));
    ScanResult result = new Scanner(List.of(new UnclosedResource()), 1)
        .withFileBudget(Duration.ofNanos(1)).scan(List.of(dir), dir);

    assertEquals(0, result.filesAnalysed());
    assertEquals(1, result.filesNotAnalysed());
    Notification note = result.notifications().get(0);
    assertEquals("p/A.java", note.path());
    assertTrue(note.message().contains("CPU time (parsing)"), note.message());
  }

  @Test
  void aFileOverBudgetWhileResolvingLosesItsFindingsAndTheOthersKeepTheirs() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/A.java", LEAKY.formatted("A"));
    // A type no other file resolves, so that the slow rule's lookup is not in a cache.
    tree.write("p/Slow.java", LEAKY.formatted("Slow").replace("read();",
        "read(); new java.io.RandomAccessFile(\"x\", \"r\").close();"));
    tree.write("p/Z.java", LEAKY.formatted("Z"));
    List<SourceRule> rules = List.of(new SlowRule(), new UnclosedResource());
    new Scanner(rules, 1).scan(List.of(dir), dir); // loads the classes: not this test's cost

    ScanResult result = new Scanner(rules, 1).withFileBudget(Duration.ofMillis(400))
        .scan(List.of(dir), dir);

    assertEquals(List.of("p/A.java", "p/Z.java"),
        result.findings().stream().map(f -> f.region().path()).toList());
    assertEquals(2, result.filesAnalysed());
    assertEquals(1, result.filesNotAnalysed());
    Notification note = result.notifications().get(0);
    assertEquals("p/Slow.java", note.path());
    assertTrue(note.message().contains("(rule UnclosedResource, resolving types)"),
        note.message());
  }
}
