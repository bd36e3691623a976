package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.leakproof.checks.catalog.Rule;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceRules} finds the rules by a naming convention, so the convention must hold: every
 * concrete {@link SourceRule} in the rules package is named after the catalog rule it reports
 * (else it would silently never run), in catalog order.
 */
class SourceRulesTest {
  @Test
  void everyRuleClassIsFoundUnderTheNameOfTheRuleItReports() throws Exception {
    List<String> classes = sourceRuleClassesIn(
        Path.of("target/classes", SourceRules.RULES_PACKAGE.split("\\.")));
    assertFalse(classes.isEmpty(), "no rule classes found in target/classes");
    List<SourceRule> rules = SourceRules.all();
    assertEquals(classes, rules.stream().map(r -> r.getClass().getName()).sorted().toList(),
        "SourceRule classes must be named after the rule they report");
    for (SourceRule rule : rules) {
      assertEquals(SourceRules.classNameOf(rule.rule()), rule.getClass().getName());
    }
  }

  @Test
  void rulesComeInCatalogOrderAndFreshEachTime() {
    List<Rule> order = SourceRules.all().stream().map(SourceRule::rule).toList();
    assertEquals(Arrays.stream(Rule.values()).filter(order::contains).toList(), order);
    assertEquals(Rule.values().length, order.size(),
        "every rule has a source implementation today; update this test if one is dropped");
    assertNotSame(SourceRules.all().get(0), SourceRules.all().get(0));
  }

  private static List<String> sourceRuleClassesIn(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> SourceRules.RULES_PACKAGE + "." + n.substring(0, n.length() - 6))
          .filter(SourceRulesTest::isConcreteSourceRule)
          .sorted().toList();
    }
  }

  private static boolean isConcreteSourceRule(String name) {
    try {
      Class<?> type = Class.forName(name, false, SourceRulesTest.class.getClassLoader());
      return SourceRule.class.isAssignableFrom(type) && !type.isInterface()
          && !Modifier.isAbstract(type.getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
