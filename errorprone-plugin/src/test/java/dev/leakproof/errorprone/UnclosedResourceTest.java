package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * What the corpus (Java 8) cannot hold. What the rule reports is the corpus's
 * {@code cases/resource} family, run by {@link ErrorProneConformanceTest}.
 */
class UnclosedResourceTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnclosedResource.class, getClass());

  /** Java 9+, so not in the corpus (compiled at --release 8). */
  @Test
  void staysSilentOnTryWithResourcesOfAnExistingVariable() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.io.*;",
            "class Test {",
            "  int java9Twr(File f) throws IOException {",
            "    FileInputStream in = new FileInputStream(f);",
            "    try (in) { return in.read(); }",
            "  }",
            "}")
        .doTest();
  }
}
