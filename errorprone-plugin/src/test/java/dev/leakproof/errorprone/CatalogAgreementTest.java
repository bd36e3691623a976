package dev.leakproof.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.leakproof.checks.catalog.Rule;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The checks javac finds (the AutoService registrations) and the catalog agree: one check per
 * rule, and each {@code @BugPattern} says what the catalog says. Name, summary and link are
 * catalog constants in the annotation; the severity has to be an Error Prone enum there, so this
 * is where a change of a rule's severity in the catalog is caught.
 */
class CatalogAgreementTest {
  @Test
  void everyRuleHasOneRegisteredCheckWithTheCatalogsSeverity() {
    Map<Rule, SeverityLevel> registered = new EnumMap<>(Rule.class);
    for (BugChecker check : ServiceLoader.load(BugChecker.class)) {
      BugPattern pattern = check.getClass().getAnnotation(BugPattern.class);
      Rule.byName(pattern.name()).ifPresent(rule ->
          assertEquals(null, registered.put(rule, pattern.severity()), "two checks for " + rule));
    }
    Map<Rule, SeverityLevel> expected = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      expected.put(rule, switch (rule.severity()) {
        case WARNING -> SeverityLevel.WARNING;
        case ERROR -> SeverityLevel.ERROR;
      });
    }
    assertEquals(expected, registered);
  }
}
