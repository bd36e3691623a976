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
 * Each test writes a class whose lines that must be flagged end in {@code // flag}; every other
 * line must stay silent.
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
  void flagsSetsTheClassNeverRemoves() {
    assertFlags("""
        package p;
        import java.util.concurrent.Executor;
        class T {
          static final ThreadLocal<Object> USER = new ThreadLocal<>();
          static final InheritableThreadLocal<Object> TRACE = new InheritableThreadLocal<>();
          static final java.lang.ThreadLocal<Object> QUALIFIED = new ThreadLocal<>();
          static final MyLocal CUSTOM = new MyLocal();
          static class MyLocal extends ThreadLocal<Object> {}
          void handle(String user) {
            USER.set(user); // flag
            T.TRACE.set(user); // flag
            QUALIFIED.set(this); // flag
            CUSTOM.set(user); // flag
          }
          void async(Executor pool, String user) {
            pool.execute(() -> USER.set(user)); // flag
          }
          static class Nested {
            void nested() {
              USER.set("nested"); // flag
            }
          }
        }
        """);
  }

  @Test
  void flagsMethodsThatRemoveOnlyOnSomePaths() {
    assertFlags("""
        package p;
        class T {
          static final ThreadLocal<Object> TL = new ThreadLocal<>();
          static final ThreadLocal<Object> OTHER = new ThreadLocal<>();
          String earlyReturn(String s) {
            TL.set(s); // flag
            if (s.isEmpty()) return s;
            TL.remove();
            return s;
          }
          void workBeforeTry(Runnable work) {
            TL.set("x"); // flag
            work.run();
            try { work.run(); } finally { TL.remove(); }
          }
          void catchOnly(Runnable work) {
            TL.set("x"); // flag
            try { work.run(); } catch (RuntimeException e) { TL.remove(); throw e; }
          }
          void wrongFieldInFinally(Runnable work) {
            OTHER.set("x"); // flag
            try { work.run(); } finally { TL.remove(); }
          }
          void inLoop(Iterable<String> all) {
            for (String s : all) {
              TL.set(s); // flag
            }
            try { } finally { TL.remove(); }
          }
        }
        """);
  }

  @Test
  void flagsPopulatingGetOnlyWhenNeverRemoved() {
    assertFlags("""
        package p;
        class T {
          static final ThreadLocal<StringBuilder> BUF = ThreadLocal.withInitial(StringBuilder::new);
          static final ThreadLocal<StringBuilder> ANON = new ThreadLocal<StringBuilder>() {
            @Override protected StringBuilder initialValue() { return new StringBuilder(); }
          };
          static final ThreadLocal<StringBuilder> CLEANED = ThreadLocal.withInitial(StringBuilder::new);
          static final ThreadLocal<Object> PLAIN = new ThreadLocal<>();
          String render() {
            String a = BUF.get().toString(); // flag
            String b = ANON.get().toString(); // flag
            String c = CLEANED.get().toString();
            return a + b + c + PLAIN.get();
          }
          void reset() { CLEANED.remove(); }
        }
        """);
  }

  @Test
  void staysSilentOnLookAlikes() {
    assertFlags("""
        package p;
        class T {
          static final ThreadLocal<Object> TL = new ThreadLocal<>();
          static final ThreadLocal<Object> PAIRED = new ThreadLocal<>();
          static final ThreadLocal<Object> SETTER = new ThreadLocal<>();
          final ThreadLocal<Object> instance = new ThreadLocal<>();
          void canonical(Runnable work) {
            TL.set("x");
            try { work.run(); } finally { TL.remove(); }
          }
          String insideTry(String s) {
            try {
              TL.set(s);
              if (s.isEmpty()) return s;
              return s + s;
            } finally {
              TL.remove();
            }
          }
          void nestedInsideOuterTry(Runnable work) {
            try {
              TL.set("x");
              work.run();
              try { work.run(); } finally { work.run(); }
            } finally {
              TL.remove();
            }
          }
          void guardedSet(boolean on, Runnable work) {
            if (on) TL.set("x");
            try { work.run(); } finally { TL.remove(); }
          }
          void setNull(Runnable work) {
            TL.set("x");
            try { work.run(); } finally { TL.set(null); }
          }
          void restore(Runnable work) {
            Object previous = TL.get();
            TL.set("x");
            try { work.run(); } finally {
              if (previous == null) TL.remove(); else TL.set(previous);
            }
          }
          void restoreOnly(Runnable work) {
            Object previous = TL.get();
            TL.set("y");
            try { work.run(); } finally { TL.set(previous); }
          }
          static void setter(String c) {
            if (c == null) { SETTER.remove(); } else { SETTER.set(c); }
          }
          void secondSetAfterTheTry(Runnable work) {
            TL.set("a");
            try { work.run(); } finally { TL.remove(); }
            TL.set("b"); // no removal can follow: judged as a begin/end pair
          }
          void begin() { PAIRED.set("x"); }
          void end() { PAIRED.remove(); }
          void instanceAndLocal() {
            instance.set("x");
            ThreadLocal<Object> local = new ThreadLocal<>();
            local.set("x");
          }
          void otherClass() { Other.SHARED.set("x"); }
          void shadowed(java.util.List<String> TL) { TL.set(0, "x"); }
          @SuppressWarnings("ThreadLocalNotRemoved")
          void suppressed() { TL.set("x"); TL.remove(); }
        }
        class Other {
          static final ThreadLocal<Object> SHARED = new ThreadLocal<>();
        }
        """);
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
