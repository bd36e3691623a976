package dev.leakproof.checks.finding;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.Severity;
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
 * @param severity how the user's configuration reports this finding: the rule's catalog severity
 *     unless the engine lets users change it (Error Prone's {@code -Xep:Rule:ERROR})
 */
public record Finding(
    Rule rule, Region region, String message, String lineText, List<Fix> fixes, Severity severity) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(message, "message");
    lineText = lineText == null ? "" : lineText;
    fixes = List.copyOf(fixes);
    severity = severity == null ? rule.severity() : severity;
  }

  /** A finding at the rule's catalog severity. */
  public Finding(Rule rule, Region region, String message, String lineText, List<Fix> fixes) {
    this(rule, region, message, lineText, fixes, rule.severity());
  }

  /** A finding without a fix. */
  public static Finding of(Rule rule, Region region, String message, String lineText) {
    return new Finding(rule, region, message, lineText, List.of());
  }
}
