package dev.leakproof.checks.finding;

import dev.leakproof.checks.catalog.Rule;
import java.util.List;
import java.util.Objects;

/**
 * One finding of one rule, as every engine reports it.
 *
 * @param rule the rule that fired
 * @param region where it points (DESIGN.md fixes the line per family)
 * @param message the text shown to the user; engines usually pass {@link Rule#summary()} or a
 *     more specific sentence
 * @param lineText the source text of {@code region}'s start line, used for fingerprints that
 *     survive edits elsewhere in the file; empty when the engine has no source
 * @param fixes safe automatic fixes, possibly none
 */
public record Finding(Rule rule, Region region, String message, String lineText, List<Fix> fixes) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(message, "message");
    lineText = lineText == null ? "" : lineText;
    fixes = List.copyOf(fixes);
  }

  /** A finding without a fix. */
  public static Finding of(Rule rule, Region region, String message, String lineText) {
    return new Finding(rule, region, message, lineText, List.of());
  }
}
