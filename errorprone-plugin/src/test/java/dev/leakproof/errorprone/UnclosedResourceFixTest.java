package dev.leakproof.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import org.junit.jupiter.api.Test;

class UnclosedResourceFixTest {
  private final BugCheckerRefactoringTestHelper helper =
      BugCheckerRefactoringTestHelper.newInstance(UnclosedResource.class, getClass());

  /** Text match: -XepPatchChecks writes the fix as it is, so its indentation is what users get. */
  @Test
  void declarationAndRestOfBlockBecomeTryWithResources() {
    helper
        .addInputLines(
            "Test.java",
            "import java.io.*;",
            "class Test {",
            "  String firstLine(File f) throws IOException {",
            "    BufferedReader r = new BufferedReader(new FileReader(f));",
            "    String line = r.readLine();",
            "    return line.trim();",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.io.*;",
            "class Test {",
            "  String firstLine(File f) throws IOException {",
            "    try (BufferedReader r = new BufferedReader(new FileReader(f))) {",
            "      String line = r.readLine();",
            "      return line.trim();",
            "    }",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void noFixWhenCloseThrowsWhatTheMethodDoesNotDeclareOrWhenClosedByHand() {
    helper
        .addInputLines(
            "Test.java",
            "import java.io.*;",
            "class Test {",
            "  int undeclared(File f) {",
            "    try {",
            "      FileInputStream in = new FileInputStream(f);",
            "      return in.read();",
            "    } catch (IOException e) {",
            "      return -1;",
            "    }",
            "  }",
            "  int partly(File f) throws IOException {",
            "    FileInputStream in = new FileInputStream(f);",
            "    if (in.read() == 0) {",
            "      return 0;",
            "    }",
            "    in.close();",
            "    return 1;",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }
}
