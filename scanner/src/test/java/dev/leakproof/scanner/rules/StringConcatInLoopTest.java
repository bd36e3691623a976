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
 * Each test writes a class whose lines that must be flagged end in {@code // flag}; every other
 * line must stay silent.
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
  void flagsEveryLoopForm() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          String forLoop(List<String> parts) {
            String s = "";
            for (int i = 0; i < parts.size(); i++) {
              s += parts.get(i); // flag
            }
            return s;
          }
          String enhanced(List<String> parts) {
            String s = "";
            for (String p : parts) s += p; // flag
            return s;
          }
          String whileLoop(Iterator<String> it) {
            String s = "";
            while (it.hasNext()) { s = s + it.next(); } // flag
            return s;
          }
          String doLoop(Iterator<String> it) {
            String s = "";
            do { s = it.next() + s; } while (it.hasNext()); // flag
            return s;
          }
          String padded(int n) {
            String s = "";
            do { s = "x" + s; } while (s.length() < n); // the loop's test reads it: silent
            return s;
          }
        }
        """);
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
  void flagsFieldsParametersAndForInitialisers() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          private String log = "";
          static String all = "";
          void fields(List<String> parts) {
            for (String p : parts) {
              this.log += p; // flag
              log = log + p; // flag
              all += p; // flag
              T.this.log += p; // flag
            }
          }
          String parameter(String s, int n) {
            for (int i = 0; i < n; i++) {
              s += i; // flag
            }
            return s;
          }
          String initialiser(int n) {
            for (String s = ""; n-- > 0; s += "-") { // flag
            }
            return "";
          }
          void lambdas(List<String> parts, Map<String, String> map) {
            parts.forEach(p -> log += p); // flag
            parts.stream().forEachOrdered(p -> { this.log += p; }); // flag
            map.forEach((k, v) -> all += k + v); // flag
          }
        }
        """);
  }

  @Test
  void staysSilentOnLookAlikes() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          private String log = "";
          String lookAlikes(List<String> parts, String[] arr, T other) {
            String outside = "";
            outside += "x";
            int total = 0;
            String label;
            StringBuilder sb = new StringBuilder();
            for (String p : parts) {
              String inside = "";
              inside += p;
              total += p.length();
              label = "[";
              label += p;
              outside = p + "!";
              arr[0] += p;
              other.log += p;
              sb.append(p);
              Runnable r = () -> log += p;
              new Object() {
                String mine = "";
                void add() { mine += p; }
              };
            }
            for (String p : parts) p += "x";
            parts.forEach(p -> { String q = ""; q += p; });
            Runnable later = () -> log += "x";
            outside += parts.size();
            return outside + total + sb;
          }
        }
        """);
  }

  @Test
  void staysSilentWhenTheLoopCannotIterateTwice() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          String f(List<String> parts) {
            String s = "";
            for (String p : parts) { s += p; break; }
            while (true) { s += "x"; return s; }
          }
          String g(Iterator<String> it) {
            String s = "";
            while (it.hasNext()) { s += it.next(); throw new IllegalStateException(); }
            do { s += "x"; } while (false);
            return s;
          }
          String h(Iterator<String> it) {
            String s = "";
            outer:
            while (it.hasNext()) {
              for (int i = 0; i < 3; i++) {
                if (i == 1) continue outer;
                continue;
              }
              s += it.next(); // followed at once by break: at most once
              break;
            }
            for (String p : List.of("a")) {
              if (p.isEmpty()) continue;
              s += p; // followed at once by break: at most once
              break;
            }
            return s;
          }
        }
        """);
  }

  @Test
  void nestedLoopCarriesWhatTheOuterLoopResets() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          List<String> rows(List<List<String>> table) {
            List<String> rows = new ArrayList<>();
            for (List<String> cells : table) {
              String row = "";
              for (String cell : cells) {
                row += cell; // flag
              }
              rows.add(row);
            }
            return rows;
          }
        }
        """);
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

  @Test
  void localsOfAnotherScopeAreNotConfused() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          int s;
          void f(List<String> parts) {
            for (String p : parts) {
              s += p.length();
            }
            for (String p : parts) {
              String s = "";
              for (int i = 0; i < p.length(); i++) {
                s += p; // flag
              }
            }
          }
        }
        """);
  }
}
