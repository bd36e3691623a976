package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What only Error Prone has: the check's name on the command line. What the rule reports is the
 * corpus's {@code cases/threadlocal} family, run by {@link ErrorProneConformanceTest}.
 */
class ThreadLocalNotRemovedTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ThreadLocalNotRemoved.class, getClass());

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
