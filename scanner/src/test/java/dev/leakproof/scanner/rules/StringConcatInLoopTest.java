package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the scanner has to decide: the range it reports, types it resolves from {@code var},
 * the symbol solver and other files, names it cannot resolve, and {@code @SuppressWarnings}.
 * What the rule reports is the corpus's {@code cases/concat} family, run by
 * {@code ScannerConformanceTest}. Each test writes a class whose lines that must be flagged end
 * in {@code // flag}; every other line must stay silent.
 */
class StringConcatInLoopTest {
  private static final List<SourceRule> RULE = List.of(new StringConcatInLoop());

  @TempDir Path dir;

  private List<Integer> flaggedLines(String path, String source) {
    SourceTree tree = new SourceTree(dir);
    tree.write(path, source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    return result.findings().stream().filter(f -> f.region().path().equals(path))
        .map(f -> f.region().startLine()).toList();
  }

  private void assertFlags(String source) {
    assertFlags("p/T.java", source);
  }

  private void assertFlags(String path, String source) {
    List<Integer> expected = SourceTree.markedLines(source);
    assertEquals(expected, flaggedLines(path, source), source);
  }

  @Test
  void reportsTheAssignmentWithItsRange() {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/T.java", """
        package p;
        class T {
          String f(String[] parts) {
            String s = "";
            for (String p : parts) {
              s += p;
            }
            return s;
          }
        }
        """);
    Finding finding = tree.scan(RULE).findings().get(0);
    assertEquals("p/T.java", finding.region().path());
    assertEquals(List.of(6, 7, 6, 13), List.of(finding.region().startLine(),
        finding.region().startColumn(), finding.region().endLine(),
        finding.region().endColumn()));
    assertEquals("      s += p;", finding.lineText());
    assertEquals("StringConcatInLoop", finding.rule().ruleName());
  }

  @Test
  void decidesStringFromVarAndTheSolver() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          String f(List<String> parts) {
            var literal = "";
            var call = String.valueOf(1);
            var number = 0;
            var unknown = Unknown.make();
            for (String p : parts) {
              literal += p; // flag
              call += p; // flag
              number += p.length();
              unknown += p;
            }
            return literal + call + number + unknown;
          }
        }
        """);
  }

  @Test
  void inheritedFieldIsResolvedFromTheSourceTree() {
    new SourceTree(dir).write("p/Base.java", """
        package p;
        class Base {
          protected String text = "";
          protected int count;
        }
        """);
    assertFlags("p/Derived.java", """
        package p;
        import java.util.*;
        class Derived extends Base {
          void f(List<String> parts) {
            for (String p : parts) {
              text += p; // flag
              count += p.length();
            }
          }
        }
        """);
  }

  @Test
  void staysSilentWhenTheTypeCannotBeResolved() {
    assertFlags("""
        package p;
        import java.util.*;
        import com.example.Missing;
        class T extends Missing {
          void f(List<String> parts) {
            for (String p : parts) {
              inherited += p;
              this.inherited += p;
            }
          }
          void g(List<String> parts, Missing.Text text) {
            for (String p : parts) {
              text += p;
            }
          }
        }
        """);
  }

  @Test
  void staysSilentWhenStringIsNotJavaLangString() {
    assertFlags("p/U.java", """
        package p;
        import java.util.*;
        import com.example.String;
        class U {
          void f(List<Object> parts) {
            String s = null;
            for (Object p : parts) {
              s += p;
            }
          }
        }
        """);
  }

  @Test
  void honoursSuppressWarnings() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          @SuppressWarnings("StringConcatInLoop")
          String method(List<String> parts) {
            String s = "";
            for (String p : parts) s += p;
            return s;
          }
          @SuppressWarnings({"unchecked", "all"})
          String all(List<String> parts) {
            String s = "";
            for (String p : parts) s += p;
            return s;
          }
          @SuppressWarnings(value = "StringConcatInLoop")
          class Inner {
            String s = "";
            void f(List<String> parts) { for (String p : parts) s += p; }
          }
          String variable(List<String> parts) {
            String s = "";
            @SuppressWarnings("StringConcatInLoop")
            Runnable r = () -> { String t = ""; for (String p : parts) t += p; };
            for (String p : parts) s += p; // flag
            return s;
          }
          @SuppressWarnings("unchecked")
          String otherKey(List<String> parts) {
            String s = "";
            for (String p : parts) s += p; // flag
            return s;
          }
        }
        """);
  }
}
