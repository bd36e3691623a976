package dev.leakproof.checks.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every finding links to {@link BuildInfo#DOCS_BASE}: a release points at its own tag, a snapshot
 * at the default branch, because the tag {@code v0.1.0-SNAPSHOT} never exists.
 */
class BuildInfoTest {
  @Test
  void versionIsFilledInByTheBuild() {
    assertTrue(BuildInfo.VERSION.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), BuildInfo.VERSION);
  }

  @Test
  void docsRefIsTheTagOfAReleaseAndTheDefaultBranchOfASnapshot() {
    String expected = BuildInfo.VERSION.endsWith("-SNAPSHOT") ? "main" : "v" + BuildInfo.VERSION;
    assertEquals(expected, BuildInfo.DOCS_REF);
    assertEquals(
        "https://github.com/leakproof/leakproof/blob/" + expected + "/docs/rules/",
        BuildInfo.DOCS_BASE);
  }

  @Test
  void everyRuleLinksIntoTheDocsOfThisRef() {
    for (Rule rule : Rule.values()) {
      assertEquals(BuildInfo.DOCS_BASE + rule.ruleName() + ".md", rule.docUrl());
    }
  }
}
