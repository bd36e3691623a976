package dev.leakproof.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.errorprone.BugPattern;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.CompoundAssignmentTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.tools.javac.main.Main.Result;
import org.junit.jupiter.api.Test;

class SafeBugCheckerTest {
  /** A check with a bug: it throws on every compound assignment. */
  @BugPattern(name = "CrashingCheck", summary = "Throws on purpose", severity = WARNING)
  public static final class CrashingCheck extends SafeBugChecker
      implements CompoundAssignmentTreeMatcher {
    private static final long serialVersionUID = 1L;

    @Override
    public Description matchCompoundAssignment(CompoundAssignmentTree tree, VisitorState state) {
      return guarded(tree, state, () -> {
        throw new IllegalStateException("boom");
      });
    }
  }

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(CrashingCheck.class, getClass());

  @Test
  void aCrashIsAWarningNamingCheckFileAndLineAndCompilationGoesOn() {
    helper
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  int f(int a) {",
            "    // BUG: Diagnostic contains: Leakproof internal error in CrashingCheck at Test.java:4:"
                + " java.lang.IllegalStateException: boom",
            "    a += 1;",
            "    // BUG: Diagnostic contains: compilation goes on",
            "    a += 2;",
            "    return a;",
            "  }",
            "}")
        .expectResult(Result.OK)
        .doTest();
  }

  @Test
  void staysAWarningWhenTheCheckIsRaisedToError() {
    compileOneCrashWith("-Xep:CrashingCheck:ERROR");
  }

  @Test
  void isANoteUnderWerrorSoTheBuildStillSucceeds() {
    compileOneCrashWith("-Werror");
  }

  /** The crash is still reported, and compilation succeeds under {@code args}. */
  private void compileOneCrashWith(String... args) {
    helper
        .setArgs(args)
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  int f(int a) {",
            "    // BUG: Diagnostic contains: Leakproof internal error in CrashingCheck",
            "    a += 1;",
            "    return a;",
            "  }",
            "}")
        .expectResult(Result.OK)
        .doTest();
  }
}
