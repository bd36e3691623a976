package dev.leakproof.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import org.junit.jupiter.api.Test;

class StringConcatInLoopFixTest {
  private final BugCheckerRefactoringTestHelper helper =
      BugCheckerRefactoringTestHelper.newInstance(StringConcatInLoop.class, getClass());

  @Test
  void compoundAssignmentBecomesAppendAndReadsBecomeToString() {
    helper
        .addInputLines(
            "Test.java",
            "import java.util.List;",
            "class Test {",
            "  String render(List<String> parts) {",
            "    String result = \"\";",
            "    for (String part : parts) {",
            "      result += part;",
            "    }",
            "    System.out.println(result.length());",
            "    return result;",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "import java.util.List;",
            "class Test {",
            "  String render(List<String> parts) {",
            "    StringBuilder result = new StringBuilder();",
            "    for (String part : parts) {",
            "      result.append(part);",
            "    }",
            "    System.out.println(result.toString().length());",
            "    return result.toString();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void selfConcatenationChainBecomesAppendChain() {
    helper
        .addInputLines(
            "Test.java",
            "class Test {",
            "  String csv(int n) {",
            "    String out = \"[\";",
            "    for (int i = 0; i < n; i++) {",
            "      if (i % 2 == 0) {",
            "        out = out + i + \",\";",
            "      }",
            "    }",
            "    return out;",
            "  }",
            "}")
        .addOutputLines(
            "Test.java",
            "class Test {",
            "  String csv(int n) {",
            "    StringBuilder out = new StringBuilder(\"[\");",
            "    for (int i = 0; i < n; i++) {",
            "      if (i % 2 == 0) {",
            "        out.append(i).append(\",\");",
            "      }",
            "    }",
            "    return out.toString();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void noFixWhereTheRewriteCouldChangeMeaning() {
    // Each method breaks one condition of the safe shape; the findings stay, the code does not
    // change.
    helper
        .addInputLines(
            "Test.java",
            "import java.util.List;",
            "class Test {",
            "  String field = \"\";",
            "  String parameter(String s, List<String> parts) {",
            "    for (String part : parts) {",
            "      s += part;",
            "    }",
            "    return s;",
            "  }",
            "  String nonLiteralInitialiser(String start, List<String> parts) {",
            "    String s = start;",
            "    for (String part : parts) {",
            "      s += part;",
            "    }",
            "    return s;",
            "  }",
            "  String readInsideLoop(List<String> parts) {",
            "    String s = \"\";",
            "    for (String part : parts) {",
            "      s += part;",
            "      System.out.println(s);",
            "    }",
            "    return s;",
            "  }",
            "  String reassignedAfterLoop(List<String> parts) {",
            "    String s = \"\";",
            "    for (String part : parts) {",
            "      s += part;",
            "    }",
            "    s = s.trim();",
            "    return s;",
            "  }",
            "  String prepend(List<String> parts) {",
            "    String s = \"\";",
            "    for (String part : parts) {",
            "      s = part + s;",
            "    }",
            "    return s;",
            "  }",
            "  String charArray(List<char[]> parts) {",
            "    String s = \"\";",
            "    for (char[] part : parts) {",
            "      s += part;",
            "    }",
            "    return s;",
            "  }",
            "  String valueUsed(List<String> parts) {",
            "    String s = \"\";",
            "    String last = null;",
            "    for (String part : parts) {",
            "      last = (s += part);",
            "    }",
            "    return last;",
            "  }",
            "  void fieldTarget(List<String> parts) {",
            "    for (String part : parts) {",
            "      field += part;",
            "    }",
            "  }",
            "}")
        .expectUnchanged()
        .doTest();
  }
}
