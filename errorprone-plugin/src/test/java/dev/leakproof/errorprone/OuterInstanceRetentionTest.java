package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class OuterInstanceRetentionTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(OuterInstanceRetention.class, getClass());

  /**
   * The Cleaner keeps the action. Not a corpus case (test-cases/src/main/java11) yet: there
   * ListenerLeak, in every engine, also reports {@code CLEANER.register(this, ...)} as a
   * registration on a static subject, though the Cleaner holds the object only phantom-reachably.
   */
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
