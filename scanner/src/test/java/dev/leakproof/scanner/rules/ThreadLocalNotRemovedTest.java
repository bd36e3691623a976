package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the scanner has to decide: names it cannot resolve, and the column it reports. What
 * the rule reports is the corpus's {@code cases/threadlocal} family, run by
 * {@code ScannerConformanceTest}. Each test writes a class whose lines that must be flagged end
 * in {@code // flag}; every other line must stay silent.
 */
class ThreadLocalNotRemovedTest {
  private static final List<SourceRule> RULE = List.of(new ThreadLocalNotRemoved());

  @TempDir Path dir;

  private void assertFlags(String source) {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/T.java", source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    List<Integer> expected = SourceTree.markedLines(source);
    assertEquals(expected, result.findings().stream().map(f -> f.region().startLine()).toList(),
        source);
  }

  @Test
  void staysSilentOnUnknownTypesAndOtherFilesFields() {
    assertFlags("""
        package p;
        import com.example.ThreadLocal;
        import com.example.Holder;
        class T {
          static final ThreadLocal<Object> NOT_JDK = new ThreadLocal<>();
          static final UnknownLocal<String> UNKNOWN = new UnknownLocal<>();
          void f() {
            NOT_JDK.set("x");
            UNKNOWN.set("x");
            Holder.LOCAL.set("x");
          }
        }
        """);
  }

  @Test
  void reportsTheCall() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/T.java", """
        package p;
        class T {
          static final ThreadLocal<Object> TL = new ThreadLocal<>();
          void f() {
            TL.set("x");
          }
        }
        """);
    Finding finding = tree.scan(RULE).findings().get(0);
    assertEquals(List.of(5, 5), List.of(finding.region().startLine(),
        finding.region().startColumn()));
    assertEquals("ThreadLocalNotRemoved", finding.rule().ruleName());
  }
}
