package dev.leakproof.scanner.engine;

import dev.leakproof.checks.catalog.Rule;

/**
 * One rule of the source engine: looks at one parsed file and reports through it. One class per
 * rule; a rule keeps no state between files (files are analysed in parallel, each by one
 * thread, so a rule instance may be called from several threads at once).
 */
public interface SourceRule {
  /** The catalog entry this rule implements. */
  Rule rule();

  /**
   * Reports the findings of this rule in {@code file} with {@link SourceFile#report}. Cheap
   * syntactic tests first: {@link SourceFile#resolution()} is slow and should only decide what
   * the syntax cannot.
   */
  void check(SourceFile file);
}
