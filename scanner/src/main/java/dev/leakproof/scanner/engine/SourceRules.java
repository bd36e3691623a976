package dev.leakproof.scanner.engine;

import dev.leakproof.checks.catalog.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules the source engine runs, in catalog order. No list of class names is kept by hand:
 * the implementation of rule {@code R} is the class {@code dev.leakproof.scanner.rules.R} with a
 * no-argument constructor, and a rule without one is not implemented by this engine. A test holds
 * every {@link SourceRule} class of that package to the convention.
 */
public final class SourceRules {
  /** Where the rule classes live, named after the catalog's rule names. */
  public static final String RULES_PACKAGE = "dev.leakproof.scanner.rules";

  private static final List<Class<? extends SourceRule>> IMPLEMENTED = implemented();

  private SourceRules() {}

  /** A fresh instance of every implemented rule, in catalog order. */
  public static List<SourceRule> all() {
    List<SourceRule> rules = new ArrayList<>(IMPLEMENTED.size());
    for (Class<? extends SourceRule> type : IMPLEMENTED) {
      try {
        rules.add(type.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create the rule " + type.getName(), e);
      }
    }
    return List.copyOf(rules);
  }

  /** The class that implements {@code rule} in this engine, by the naming convention. */
  public static String classNameOf(Rule rule) {
    return RULES_PACKAGE + "." + rule.ruleName();
  }

  private static List<Class<? extends SourceRule>> implemented() {
    List<Class<? extends SourceRule>> types = new ArrayList<>();
    ClassLoader loader = SourceRules.class.getClassLoader();
    for (Rule rule : Rule.values()) {
      String name = classNameOf(rule);
      if (loader.getResource(name.replace('.', '/') + ".class") == null) {
        continue;
      }
      try {
        types.add(Class.forName(name, false, loader).asSubclass(SourceRule.class));
      } catch (ClassNotFoundException | ClassCastException e) {
        throw new IllegalStateException(name + " must be a SourceRule for " + rule.ruleName(), e);
      }
    }
    return List.copyOf(types);
  }
}
