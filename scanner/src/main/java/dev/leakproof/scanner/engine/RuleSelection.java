package dev.leakproof.scanner.engine;

import dev.leakproof.checks.catalog.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a user asked for by name ({@code --rules}, the Checkstyle {@code rules} property):
 * a comma-separated list of catalog names, or everything when there is no list.
 */
public final class RuleSelection {
  private final Set<Rule> chosen;
  private final boolean named;

  private RuleSelection(Set<Rule> chosen, boolean named) {
    this.chosen = chosen;
    this.named = named;
  }

  /** Every rule, none named: what runs without a list. */
  public static RuleSelection all() {
    return new RuleSelection(EnumSet.allOf(Rule.class), false);
  }

  /**
   * Parses {@code "StringConcatInLoop, UnclosedResource"}; blanks around names are ignored.
   *
   * @throws IllegalArgumentException naming the first unknown rule and the known ones
   */
  public static RuleSelection parse(String commaSeparated) {
    Set<Rule> chosen = EnumSet.noneOf(Rule.class);
    for (String part : commaSeparated.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      chosen.add(Rule.byName(name).orElseThrow(() -> new IllegalArgumentException(
          "unknown rule '" + name + "'; the rules are " + known())));
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("no rule named; the rules are " + known());
    }
    return new RuleSelection(chosen, true);
  }

  private static String known() {
    return EnumSet.allOf(Rule.class).stream().map(Rule::ruleName)
        .collect(Collectors.joining(", "));
  }

  /** The source engine's rules among the chosen ones, in catalog order. */
  public List<SourceRule> sourceRules() {
    List<SourceRule> rules = new ArrayList<>();
    for (SourceRule rule : SourceRules.all()) {
      if (chosen.contains(rule.rule())) {
        rules.add(rule);
      }
    }
    return rules;
  }

  /**
   * The rules named in the list that the source engine does not implement (yet), worth a note;
   * none without a list.
   */
  public List<Rule> notInScanner() {
    if (!named) {
      return List.of();
    }
    Set<Rule> implemented = SourceRules.all().stream().map(SourceRule::rule)
        .collect(Collectors.toSet());
    return chosen.stream().filter(rule -> !implemented.contains(rule)).toList();
  }
}
