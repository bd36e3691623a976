package dev.leakproof.checkstyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import dev.leakproof.checks.catalog.Rule;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check run by Checkstyle itself, configured the way a user's checkstyle.xml would. */
class LeakproofCheckTest {
  private static final String LEAKY = """
      package p;
      class A {
        String f(String[] parts) {
          String s = "";
          for (String p : parts) s += p;
          return s;
        }
      }
      """;

  @TempDir Path dir;

  private List<AuditEvent> audit(String rules, String... namesAndTexts) throws Exception {
    DefaultConfiguration leakproof = new DefaultConfiguration("Leakproof");
    if (rules != null) {
      leakproof.addProperty("rules", rules);
    }
    DefaultConfiguration root = new DefaultConfiguration("Checker");
    root.addChild(leakproof);
    Checker checker = new Checker();
    checker.setModuleClassLoader(getClass().getClassLoader());
    checker.configure(root);
    List<AuditEvent> errors = new ArrayList<>();
    checker.addListener(new Errors(errors));
    List<File> files = new ArrayList<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      Path file = dir.resolve(namesAndTexts[i]);
      Files.writeString(file, namesAndTexts[i + 1]);
      files.add(file.toFile());
    }
    try {
      checker.process(files);
    } finally {
      checker.destroy();
    }
    return errors;
  }

  @Test
  void aFindingIsAViolationAtItsLineAndColumnNamingTheRuleAndItsPage() throws Exception {
    List<AuditEvent> errors = audit(null, "A.java", LEAKY);

    assertEquals(1, errors.size(), errors::toString);
    AuditEvent error = errors.get(0);
    assertEquals(5, error.getLine());
    assertEquals(28, error.getColumn());
    Rule rule = Rule.STRING_CONCAT_IN_LOOP;
    assertEquals(rule.ruleName() + ": 's' grows on every iteration of the loop around it,"
        + " and each concatenation copies all of it again; append to a StringBuilder instead ("
        + rule.docUrl() + ")", error.getMessage());
    assertEquals(LeakproofCheck.class.getName(), error.getSourceName());
  }

  @Test
  void tabsCountAsCheckstyleCountsThem() throws Exception {
    List<AuditEvent> errors = audit(null, "A.java", LEAKY.replace("    for", "\tfor"));
    // Checkstyle expands the tab to column 8 (tab width 8), then counts on.
    assertEquals(9 + "for (String p : parts) ".length(), errors.get(0).getColumn());
  }

  @Test
  void theRulesPropertyChoosesRules() throws Exception {
    assertEquals(0, audit(Rule.UNCLOSED_RESOURCE.ruleName(), "A.java", LEAKY).size());
    assertEquals(1, audit(" " + Rule.UNCLOSED_RESOURCE.ruleName() + " , "
        + Rule.STRING_CONCAT_IN_LOOP.ruleName(), "A.java", LEAKY).size());
    CheckstyleException unknown = assertThrows(CheckstyleException.class,
        () -> audit("StringConcat", "A.java", LEAKY));
    assertTrue(causes(unknown).contains("unknown rule 'StringConcat'"), causes(unknown));
  }

  @Test
  void badFilesAndSuppressionsGiveNoViolation() throws Exception {
    List<AuditEvent> errors = audit(null,
        "Broken.java", "class Broken {",
        "Suppressed.java", LEAKY.replace("class A", "@SuppressWarnings(\"StringConcatInLoop\")"
            + " class Suppressed"),
        "A.java", LEAKY,
        "notes.txt", "not Java");

    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).getFileName().endsWith("A.java"));
  }

  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  /** Collects Checkstyle's violations. */
  private record Errors(List<AuditEvent> errors) implements AuditListener {
    @Override
    public void addError(AuditEvent event) {
      errors.add(event);
    }

    @Override
    public void auditStarted(AuditEvent event) {}

    @Override
    public void auditFinished(AuditEvent event) {}

    @Override
    public void fileStarted(AuditEvent event) {}

    @Override
    public void fileFinished(AuditEvent event) {}

    @Override
    public void addException(AuditEvent event, Throwable throwable) {
      throw new AssertionError("Checkstyle reported an exception", throwable);
    }
  }
}
