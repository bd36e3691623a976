package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What only Error Prone decides: its diagnostic's link, {@code @SuppressWarnings} and the
 * command-line switch. What the rule reports is the corpus's {@code cases/concat} family, run by
 * {@code ErrorProneConformanceTest}.
 */
class StringConcatInLoopTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(StringConcatInLoop.class, getClass());

  @Test
  void linksTheRulePageAndHonoursSuppressWarnings() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.List;",
            "class Test {",
            "  String flagged(List<String> parts) {",
            "    String s = \"\";",
            "    for (String part : parts) {",
            "      // BUG: Diagnostic contains: StringConcatInLoop.md",
            "      s += part;",
            "    }",
            "    return s;",
            "  }",
            "  @SuppressWarnings(\"StringConcatInLoop\")",
            "  String suppressed(List<String> parts) {",
            "    String s = \"\";",
            "    for (String part : parts) {",
            "      s += part;",
            "    }",
            "    return s;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void offThroughTheCommandLine() {
    helper
        .setArgs("-Xep:StringConcatInLoop:OFF")
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  String s(String[] parts) {",
            "    String s = \"\";",
            "    for (String part : parts) {",
            "      s += part;",
            "    }",
            "    return s;",
            "  }",
            "}")
        .doTest();
  }
}
