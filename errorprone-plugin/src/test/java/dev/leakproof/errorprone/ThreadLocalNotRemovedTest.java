package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class ThreadLocalNotRemovedTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ThreadLocalNotRemoved.class, getClass());

  @Test
  void flagsSetsTheClassNeverRemoves() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.concurrent.Executor;",
            "class Test {",
            "  static final ThreadLocal<Object> USER = new ThreadLocal<>();",
            "  static final InheritableThreadLocal<Object> TRACE = new InheritableThreadLocal<>();",
            "  static ThreadLocal<Object> CUSTOM = new ThreadLocal<Object>() {};",
            "  void handle(String user) {",
            "    // BUG: Diagnostic contains: [ThreadLocalNotRemoved] 'USER' is set but never removed",
            "    USER.set(user);",
            "    // BUG: Diagnostic contains: ThreadLocalNotRemoved.md",
            "    Test.TRACE.set(user);",
            "    // BUG: Diagnostic contains: 'CUSTOM' is set",
            "    CUSTOM.set(this);",
            "  }",
            "  void async(Executor pool, String user) {",
            "    // BUG: Diagnostic contains: 'USER' is set",
            "    pool.execute(() -> USER.set(user));",
            "  }",
            "  static class Nested {",
            "    void nested() {",
            "      // BUG: Diagnostic contains: 'USER' is set",
            "      USER.set(\"nested\");",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsMethodsThatRemoveOnlyOnSomePaths() {
    helper
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  static final ThreadLocal<Object> TL = new ThreadLocal<>();",
            "  static final ThreadLocal<Object> OTHER = new ThreadLocal<>();",
            "  String earlyReturn(String s) {",
            "    // BUG: Diagnostic contains: not in a finally",
            "    TL.set(s);",
            "    if (s.isEmpty()) return s;",
            "    TL.remove();",
            "    return s;",
            "  }",
            "  void workBeforeTry(Runnable work) {",
            "    // BUG: Diagnostic contains: not in a finally",
            "    TL.set(\"x\");",
            "    work.run();",
            "    try { work.run(); } finally { TL.remove(); }",
            "  }",
            "  void catchOnly(Runnable work) {",
            "    // BUG: Diagnostic contains: not in a finally",
            "    TL.set(\"x\");",
            "    try { work.run(); } catch (RuntimeException e) { TL.remove(); throw e; }",
            "  }",
            "  void wrongFieldInFinally(Runnable work) {",
            "    // BUG: Diagnostic contains: 'OTHER' is set but never removed",
            "    OTHER.set(\"x\");",
            "    try { work.run(); } finally { TL.remove(); }",
            "  }",
            "  void inLoop(Iterable<String> all) {",
            "    for (String s : all) {",
            "      // BUG: Diagnostic contains: not in a finally",
            "      TL.set(s);",
            "    }",
            "    try { } finally { TL.remove(); }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsPopulatingGetOnlyWhenNeverRemoved() {
    helper
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  static final ThreadLocal<StringBuilder> BUF = ThreadLocal.withInitial(StringBuilder::new);",
            "  static final ThreadLocal<StringBuilder> ANON = new ThreadLocal<StringBuilder>() {",
            "    @Override protected StringBuilder initialValue() { return new StringBuilder(); }",
            "  };",
            "  static final ThreadLocal<StringBuilder> CLEANED = ThreadLocal.withInitial(StringBuilder::new);",
            "  static final ThreadLocal<Object> PLAIN = new ThreadLocal<>();",
            "  String render() {",
            "    // BUG: Diagnostic contains: 'BUF' is populated by this get()",
            "    String a = BUF.get().toString();",
            "    // BUG: Diagnostic contains: 'ANON' is populated",
            "    String b = ANON.get().toString();",
            "    String c = CLEANED.get().toString();",
            "    return a + b + c + PLAIN.get();",
            "  }",
            "  void reset() { CLEANED.remove(); }",
            "}")
        .doTest();
  }

  @Test
  void silentOnLookAlikes() {
    helper
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  static final ThreadLocal<Object> TL = new ThreadLocal<>();",
            "  static final ThreadLocal<Object> PAIRED = new ThreadLocal<>();",
            "  static final ThreadLocal<Object> SETTER = new ThreadLocal<>();",
            "  final ThreadLocal<Object> instance = new ThreadLocal<>();",
            "  void canonical(Runnable work) {",
            "    TL.set(\"x\");",
            "    try { work.run(); } finally { TL.remove(); }",
            "  }",
            "  String insideTry(String s) {",
            "    try {",
            "      TL.set(s);",
            "      if (s.isEmpty()) return s;",
            "      return s + s;",
            "    } finally {",
            "      TL.remove();",
            "    }",
            "  }",
            "  void nestedInsideOuterTry(Runnable work) {",
            "    try {",
            "      TL.set(\"x\");",
            "      work.run();",
            "      try { work.run(); } finally { work.run(); }",
            "    } finally {",
            "      TL.remove();",
            "    }",
            "  }",
            "  void guardedSet(boolean on, Runnable work) {",
            "    if (on) TL.set(\"x\");",
            "    try { work.run(); } finally { TL.remove(); }",
            "  }",
            "  void setNull(Runnable work) {",
            "    TL.set(\"x\");",
            "    try { work.run(); } finally { TL.set(null); }",
            "  }",
            "  void restore(Runnable work) {",
            "    Object previous = TL.get();",
            "    TL.set(\"x\");",
            "    try { work.run(); } finally {",
            "      if (previous == null) TL.remove(); else TL.set(previous);",
            "    }",
            "  }",
            "  void restoreOnly(Runnable work) {",
            "    Object previous = TL.get();",
            "    TL.set(\"y\");",
            "    try { work.run(); } finally { TL.set(previous); }",
            "  }",
            "  static void setter(String c) {",
            "    if (c == null) { SETTER.remove(); } else { SETTER.set(c); }",
            "  }",
            "  void secondSetAfterTheTry(Runnable work) {",
            "    TL.set(\"a\");",
            "    try { work.run(); } finally { TL.remove(); }",
            "    TL.set(\"b\"); // no removal can follow: judged as a begin/end pair",
            "  }",
            "  void begin() { PAIRED.set(\"x\"); }",
            "  void end() { PAIRED.remove(); }",
            "  void instanceAndLocal() {",
            "    instance.set(\"x\");",
            "    ThreadLocal<Object> local = new ThreadLocal<>();",
            "    local.set(\"x\");",
            "  }",
            "  void otherClass() { Other.SHARED.set(\"x\"); }",
            "  @SuppressWarnings(\"ThreadLocalNotRemoved\")",
            "  void suppressed() { TL.set(\"x\"); TL.remove(); }",
            "}",
            "class Other {",
            "  static final ThreadLocal<Object> SHARED = new ThreadLocal<>();",
            "}")
        .doTest();
  }

  @Test
  void offThroughTheCommandLine() {
    helper
        .setArgs("-Xep:ThreadLocalNotRemoved:OFF")
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  static final ThreadLocal<Object> TL = new ThreadLocal<>();",
            "  void set() { TL.set(\"x\"); }",
            "}")
        .doTest();
  }
}
