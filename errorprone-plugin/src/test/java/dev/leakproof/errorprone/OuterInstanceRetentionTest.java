package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class OuterInstanceRetentionTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(OuterInstanceRetention.class, getClass());

  /** Java 9+, so not in the corpus (compiled at --release 8): the Cleaner keeps the action. */
  @Test
  void flagsACleaningActionThatHoldsTheObjectItCleans() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.lang.ref.Cleaner;",
            "class Test {",
            "  static final Cleaner CLEANER = Cleaner.create();",
            "  int handle;",
            "  static void release(int handle) {}",
            "  Test() {",
            "    // BUG: Diagnostic contains: the Cleaner keeps the lambda until this object becomes",
            "    CLEANER.register(this, () -> release(handle));",
            "    int copy = handle;",
            "    CLEANER.register(this, () -> release(copy));",
            "    CLEANER.register(new Object(), () -> release(handle));",
            "  }",
            "}")
        .doTest();
  }
}
