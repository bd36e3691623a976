package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.scanner.rules.OuterInstanceRetention;
import dev.leakproof.scanner.rules.StringConcatInLoop;
import dev.leakproof.scanner.rules.UnclosedResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPrefilterTest {
  private static final TextPrefilter RESOURCES =
      TextPrefilter.forRules(List.of(new UnclosedResource()));

  @Test
  void parsesAFileThatNamesAnAcquiringApi() {
    assertTrue(RESOURCES.mayReport("class A { void f() throws Exception {"
        + " java.io.InputStream in = new FileInputStream(\"x\"); } }"));
    assertTrue(RESOURCES.mayReport("class A { Object f(java.nio.file.Path p) throws Exception {"
        + " return Files.newBufferedReader(p); } }"));
  }

  @Test
  void skipsAFileThatNamesItOnlyInCommentsAndLiterals() {
    assertFalse(RESOURCES.mayReport("/* new FileInputStream(f) */ class A {\n"
        + "  // Files.newInputStream(p)\n"
        + "  String s = \"new FileInputStream(f)\"; char c = '\\'';\n"
        + "  String t = \"\"\"\n  Files.lines(p)\n  \"\"\";\n}"));
  }

  @Test
  void parsesTextItCannotReadWithoutTheParser() {
    assertTrue(RESOURCES.mayReport("class A { /* never closed"));
    assertTrue(RESOURCES.mayReport("class A { String s = \"open; }"));
    // \u0046ileInputStream is FileInputStream to the compiler
    assertTrue(RESOURCES.mayReport("class A { Object o = new \\u0046ileInputStream(\"x\"); }"));
    assertNull(SourceWords.of("class A { char c = '\\u0041'; }"));
  }

  @Test
  void stringConcatenationNeedsAPlusAndALoop() {
    TextPrefilter concat = TextPrefilter.forRules(List.of(new StringConcatInLoop()));
    assertTrue(concat.mayReport("class A { void f() { String s = \"\"; while (true) s += 1; } }"));
    assertTrue(concat.mayReport("class A { void f(java.util.List<String> l) { String s = \"\";"
        + " l.forEach(x -> s = s + x); } }"));
    assertFalse(concat.mayReport("class A { String f(String a) { return a + \"for\"; } }"));
    assertFalse(concat.mayReport("class A { void f() { for (;;) { g(\"+\"); } } }"));
  }

  @Test
  void outerInstanceRetentionNeedsSomethingThatCanHoldTheEnclosingInstance() {
    TextPrefilter retention = TextPrefilter.forRules(List.of(new OuterInstanceRetention()));
    assertTrue(retention.mayReport("class A { Object o = new Object() { }; }"));
    assertTrue(retention.mayReport("class A { Object o = new java.util.ArrayList<String>(f(1))"
        + " {\n}; }"));
    assertTrue(retention.mayReport("class A { Runnable r = () -> {}; }"));
    assertTrue(retention.mayReport("class A { Runnable r = this::toString; }"));
    assertTrue(retention.mayReport("class A { class B {} }"));
    assertTrue(retention.mayReport("class A { Object o = new @Ann(1) Object() {}; }"));
    assertFalse(retention.mayReport("class A { int[] a = new int[] {1}; Object o = new Object();"
        + " void f(boolean b) { if (b) { } } /* x -> y */ }"));
  }

  @Test
  void aRuleItDoesNotKnowMeansEveryFileIsParsed() {
    SourceRule unknown = new SourceRule() {
      @Override
      public dev.leakproof.checks.catalog.Rule rule() {
        return null;
      }

      @Override
      public void check(SourceFile file) {}
    };
    assertTrue(TextPrefilter.forRules(List.of(new UnclosedResource(), unknown))
        .mayReport("class A {}"));
  }
}
