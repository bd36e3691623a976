package dev.leakproof.checkstyle;

import com.puppycrawl.tools.checkstyle.api.AbstractFileSetCheck;
import com.puppycrawl.tools.checkstyle.api.FileText;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.scanner.engine.ClassPath;
import dev.leakproof.scanner.engine.RuleSelection;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SingleFileScanner;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Leakproof's source rules as a Checkstyle check: each {@code .java} file Checkstyle audits is
 * analysed by the scanner's engine, and every finding becomes a violation at its line and
 * column, reading {@code RuleName: message (link to the rule's page)}.
 *
 * <pre>{@code
 * <module name="Checker">
 *   <module name="Leakproof">
 *     <property name="rules" value="StringConcatInLoop,UnclosedResource"/>  <!-- default: all -->
 *     <property name="classpath" value="lib/a.jar:lib/b.jar"/>               <!-- optional -->
 *   </module>
 * </module>
 * }</pre>
 *
 * <p>A direct child of {@code Checker} (it reads the file's text, not Checkstyle's tree). A file
 * the engine cannot analyse, or a crash of one of its rules, never fails the audit: it is
 * printed to standard error, and Checkstyle reports syntax errors itself.
 * {@code @SuppressWarnings("RuleName")} works as in the scanner; Checkstyle's own suppression
 * filters see the violations under this module's id.
 */
public class LeakproofCheck extends AbstractFileSetCheck {
  /** The message key in {@code messages.properties}. */
  static final String MESSAGE_KEY = "leakproof.finding";

  private RuleSelection rules = RuleSelection.all();
  private ClassPath classPath = ClassPath.EMPTY;
  private SingleFileScanner scanner;

  public LeakproofCheck() {
    setFileExtensions("java");
  }

  /**
   * The rules to run, comma-separated catalog names; all of them by default.
   *
   * @throws IllegalArgumentException for an unknown name (Checkstyle reports it as a
   *     configuration error naming this property)
   */
  public void setRules(String names) {
    rules = RuleSelection.parse(names);
  }

  /** Jars whose types the analysis may use, separated by the platform's path separator. */
  public void setClasspath(String entries) {
    List<Path> jars = new ArrayList<>();
    for (String entry : entries.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        jars.add(Path.of(entry.strip()));
      }
    }
    classPath = ClassPath.of(jars);
    for (String problem : classPath.problems()) {
      System.err.println("[leakproof] classpath: " + problem);
    }
  }

  @Override
  public void beginProcessing(String charset) {
    super.beginProcessing(charset);
    if (scanner == null) {
      scanner = new SingleFileScanner(rules.sourceRules(), classPath);
    }
  }

  @Override
  protected void processFiltered(File file, FileText fileText) {
    if (scanner == null) { // a caller that skipped beginProcessing
      scanner = new SingleFileScanner(rules.sourceRules(), classPath);
    }
    ScanResult result = scanner.analyse(file.toPath(), file.getPath(),
        fileText.getFullText().toString());
    for (Finding finding : result.findings()) {
      int column = finding.region().hasColumn() ? finding.region().startColumn() - 1 : 0;
      // Checkstyle wants the 0-based character offset; it expands tabs itself.
      log(finding.region().startLine(), column, MESSAGE_KEY, finding.rule().ruleName(),
          finding.message(), finding.rule().docUrl());
    }
    for (Notification notification : result.notifications()) {
      if (!notification.level().equals("note")) {
        System.err.println("[leakproof] " + file.getPath()
            + (notification.line() > 0 ? ":" + notification.line() : "") + ": "
            + notification.message());
      }
    }
  }

  @Override
  public void destroy() {
    if (scanner != null) {
      scanner.close();
      scanner = null;
    }
    super.destroy();
  }
}
