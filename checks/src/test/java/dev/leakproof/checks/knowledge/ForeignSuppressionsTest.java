package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import org.junit.jupiter.api.Test;

class ForeignSuppressionsTest {
  private static final Rule CONCAT = Rule.STRING_CONCAT_IN_LOOP;

  @Test
  void aNoInspectionCommentDirectlyAboveSuppressesTheTwin() {
    String text = "for (;;) {\n  //noinspection StringConcatenationInLoop\n  s += x;\n}\n";
    assertTrue(ForeignSuppressions.suppressedAt(text, 3, CONCAT));
    assertFalse(ForeignSuppressions.suppressedAt(text, 4, CONCAT));
  }

  @Test
  void theOldIdListsAllAndWindowsLineEndsCount() {
    assertTrue(ForeignSuppressions.suppressedAt(
        "a\r\n  //noinspection unused, StringContatenationInLoop\r\n  s += x;\r\n", 3, CONCAT));
    assertTrue(ForeignSuppressions.suppressedAt("//noinspection ALL\ns += x;", 2, CONCAT));
    assertTrue(ForeignSuppressions.suppressedAt(
        "// why\n//noinspection StringConcatenationInLoop\n// more\ns += x;", 4, CONCAT));
  }

  @Test
  void otherInspectionsCodeBetweenAndOtherRulesDoNot() {
    assertFalse(ForeignSuppressions.suppressedAt("//noinspection StringEquality\ns += x;", 2, CONCAT));
    assertFalse(ForeignSuppressions.suppressedAt(
        "//noinspection StringConcatenationInLoop\nlast = x;\ns += x;", 3, CONCAT));
    assertFalse(ForeignSuppressions.suppressedAt(
        "// see StringConcatenationInLoop\ns += x;", 2, CONCAT));
    assertFalse(ForeignSuppressions.suppressedAt("//noinspection ALL\nTL.set(v);", 2,
        Rule.THREAD_LOCAL_NOT_REMOVED));
    assertFalse(ForeignSuppressions.suppressedAt("s += x;", 1, CONCAT));
  }

  @Test
  void eclipsesResourceTokenSuppressesOnlyUnclosedResource() {
    assertTrue(ForeignSuppressions.suppressWarningsTokens(Rule.UNCLOSED_RESOURCE)
        .contains(ForeignSuppressions.ECLIPSE_RESOURCE));
    assertTrue(ForeignSuppressions.suppressWarningsTokens(CONCAT).isEmpty());
    assertTrue(ForeignSuppressions.suppressWarningsTokens(Rule.LISTENER_LEAK).isEmpty());
  }
}
