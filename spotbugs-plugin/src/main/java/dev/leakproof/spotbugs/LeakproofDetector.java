package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.SpotBugsPlugin;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.StringAnnotation;
import java.util.function.BiConsumer;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * What every Leakproof detector shares: its catalog rule, the shape of the bugs it reports, and
 * how it survives code it cannot follow.
 *
 * <p>Shape: every bug starts with the class (annotation 0), the method or field it is about (1)
 * and a {@link StringAnnotation#STRING_MESSAGE} with the finding's own sentence
 * ({@link SpotBugsPlugin#DETAIL_ANNOTATION}). The
 * generated {@code messages.xml} shows annotation 2 as the {@code LongDescription}, so SpotBugs'
 * text, HTML and SARIF output say what this finding is ("closed, but not if read() throws"), not
 * only the rule's summary.
 *
 * <p>Every detector reports through a {@link SuppressedCodeFilter}: nothing in generated code, nothing
 * under another tool's suppression of the same check.
 */
public abstract class LeakproofDetector implements Detector {
  private final Rule rule;
  protected final BugReporter bugReporter;

  protected LeakproofDetector(Rule rule, BugReporter bugReporter) {
    this.rule = rule;
    this.bugReporter = new SuppressedCodeFilter(bugReporter);
  }

  protected final Rule rule() {
    return rule;
  }

  /** A bug in {@code method}; callers add the source line and anything else after the detail. */
  protected final BugInstance bugInMethod(JavaClass javaClass, Method method, String detail) {
    return withDetail(newBug().addClassAndMethod(javaClass, method), detail);
  }

  /** A bug about the static field {@code fieldName} of {@code javaClass}. */
  protected final BugInstance bugOnStaticField(JavaClass javaClass, String fieldName,
      String fieldSignature, String detail) {
    return bugOnField(javaClass, fieldName, fieldSignature, true, detail);
  }

  /** A bug about the field {@code fieldName} (static or not) of {@code javaClass}. */
  protected final BugInstance bugOnField(JavaClass javaClass, String fieldName,
      String fieldSignature, boolean isStatic, String detail) {
    BugInstance bug = newBug()
        .addClass(javaClass)
        .addField(javaClass.getClassName(), fieldName, fieldSignature, isStatic);
    return withDetail(bug, detail);
  }

  /**
   * Logs that {@code what} could not be analysed. SpotBugs counts it as an analysis error naming
   * this detector; the caller skips only that method or field and the run goes on.
   */
  protected final void couldNotAnalyze(String what, RuntimeException e) {
    bugReporter.logError("Leakproof " + getClass().getSimpleName() + " could not analyze " + what,
        e);
  }

  /**
   * Runs {@code analysis} on every method of {@code javaClass} that has code. One method it cannot
   * follow must not cost the rest of the class (or the SpotBugs run): its failure is logged
   * ({@link #couldNotAnalyze}) and the next method is analysed.
   */
  protected final void forEachMethodWithCode(JavaClass javaClass,
      BiConsumer<Method, Code> analysis) {
    for (Method method : javaClass.getMethods()) {
      Code code = method.getCode();
      if (code == null) {
        continue;
      }
      try {
        analysis.accept(method, code);
      } catch (RuntimeException e) {
        couldNotAnalyze(javaClass.getClassName() + "." + method.getName() + method.getSignature(),
            e);
      }
    }
  }

  /**
   * The source line of {@code pc}, or -1 without a line table: javac copies {@code finally}
   * blocks, so detectors keep one finding per line.
   */
  protected static int lineOf(Method method, int pc) {
    return method.getLineNumberTable() == null ? -1 : method.getLineNumberTable().getSourceLine(pc);
  }

  private BugInstance newBug() {
    int priority = switch (rule.severity()) {
      case ERROR -> Priorities.HIGH_PRIORITY;
      case WARNING -> Priorities.NORMAL_PRIORITY;
    };
    return new BugInstance(this, rule.spotBugsType(), priority);
  }

  private static BugInstance withDetail(BugInstance bug, String detail) {
    StringAnnotation text = new StringAnnotation(detail);
    text.setDescription(StringAnnotation.STRING_MESSAGE);
    return bug.add(text);
  }

  @Override
  public void report() {
    // Findings are reported per class as they are found.
  }
}
