package dev.leakproof.scanner.cli;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.Severity;
import dev.leakproof.checks.finding.Finding;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The level each rule reports at: the catalog's, unless the user raised or lowered it
 * ({@code --severity Rule=error}, {@code severity:} in {@code .leakproof.yml}). What
 * {@code --fail-on} compares against, so a team can make one rule break the build.
 */
final class Severities {
  static final Severities CATALOG = new Severities(Map.of());

  private final Map<Rule, Severity> overrides;

  private Severities(Map<Rule, Severity> overrides) {
    this.overrides = overrides.isEmpty()
        ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(overrides));
  }

  /** These overrides, then {@code later}'s on top (the command line over the file). */
  Severities with(Severities later) {
    Map<Rule, Severity> merged = new EnumMap<>(Rule.class);
    merged.putAll(overrides);
    merged.putAll(later.overrides);
    return new Severities(merged);
  }

  /** One {@code Rule=level} setting. */
  static Severities parse(String setting) throws UsageException {
    int equals = setting.indexOf('=');
    if (equals < 0) {
      throw new UsageException("--severity needs RULE=LEVEL, e.g. UnclosedResource=error; got '"
          + setting + "'");
    }
    return of(Map.of(setting.substring(0, equals).strip(), setting.substring(equals + 1)));
  }

  /** Rule names to level names, as the user wrote them. */
  static Severities of(Map<String, String> byName) throws UsageException {
    Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
    for (Map.Entry<String, String> entry : byName.entrySet()) {
      Rule rule = Rule.byName(entry.getKey()).orElseThrow(() -> new UsageException(
          "unknown rule '" + entry.getKey() + "' in a severity; the rules are " + ruleNames()));
      overrides.put(rule, level(entry.getValue(), rule));
    }
    return new Severities(overrides);
  }

  private static Severity level(String name, Rule rule) throws UsageException {
    for (Severity severity : Severity.values()) {
      if (severity.sarifLevel().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return severity;
      }
    }
    throw new UsageException("unknown severity '" + name + "' for " + rule.ruleName()
        + ": use warning or error");
  }

  private static String ruleNames() {
    return String.join(", ", List.of(Rule.values()).stream().map(Rule::ruleName).toList());
  }

  Severity of(Rule rule) {
    return overrides.getOrDefault(rule, rule.severity());
  }

  /** The finding at the level the user configured for its rule. */
  Finding apply(Finding finding) {
    Severity severity = of(finding.rule());
    return severity == finding.severity() ? finding : new Finding(finding.rule(),
        finding.region(), finding.message(), finding.lineText(), finding.fixes(), severity);
  }
}
