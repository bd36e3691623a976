package dev.leakproof.testcases;

import dev.leakproof.checks.catalog.Rule;
import java.util.Comparator;

/**
 * A finding at a line of a corpus file: expected by a marker, or reported by an engine.
 *
 * @param path relative to the corpus source root, {@code /} separators
 */
public record Expectation(String path, int line, Rule rule) implements Comparable<Expectation> {
  private static final Comparator<Expectation> ORDER =
      Comparator.comparing(Expectation::path)
          .thenComparingInt(Expectation::line)
          .thenComparing(Expectation::rule);

  @Override
  public int compareTo(Expectation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return path + ":" + line + ": " + rule.ruleName();
  }
}
