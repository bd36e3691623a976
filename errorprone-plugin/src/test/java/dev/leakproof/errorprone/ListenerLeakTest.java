package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What only Error Prone decides: {@code @SuppressWarnings}. What the rule reports is the corpus's
 * {@code cases/listener} family, run by {@code ErrorProneConformanceTest}.
 */
class ListenerLeakTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ListenerLeak.class, getClass());

  @Test
  void suppressWarningsSilencesIt() {
    helper
        .addSourceLines(
            "Bus.java",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "final class Bus {",
            "  static final Bus INSTANCE = new Bus();",
            "  private final List<Runnable> listeners = new ArrayList<>();",
            "  void addListener(Runnable listener) { listeners.add(listener); }",
            "}")
        .addSourceLines(
            "Test.java",
            "class Test implements Runnable {",
            "  void flagged() {",
            "    // BUG: Diagnostic contains: ListenerLeak",
            "    Bus.INSTANCE.addListener(this);",
            "  }",
            "  @SuppressWarnings(\"ListenerLeak\")",
            "  void suppressed() {",
            "    Bus.INSTANCE.addListener(this);",
            "  }",
            "  @Override public void run() {}",
            "}")
        .doTest();
  }
}
