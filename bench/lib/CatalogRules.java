import dev.leakproof.checks.catalog.Rule;

/** Prints "ruleName<TAB>spotBugsType" for every rule in Leakproof's catalog (run as a source file). */
public class CatalogRules {
  public static void main(String[] args) {
    for (Rule rule : Rule.values()) {
      System.out.println(rule.ruleName() + "\t" + rule.spotBugsType());
    }
  }
}
