package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.SpotBugsPlugin;
import dev.leakproof.checks.catalog.Rule;
import edu.umd.cs.findbugs.BugAnnotation;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.DelegatingBugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.StringAnnotation;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Runs SpotBugs (the test harness: every detector enabled, this module's plugin loaded from
 * {@code target/classes} with its generated metadata) over compiled classes, and keeps apart what
 * Leakproof reported and any error a Leakproof detector logged.
 */
final class LeakproofAnalysis {
  /** A Leakproof finding: the source path SpotBugs reports (package path + file), line, rule. */
  record Finding(String sourcePath, int line, Rule rule, BugInstance bug) {}

  record Result(List<Finding> findings, List<String> leakproofErrors, List<String> otherErrors) {}

  private LeakproofAnalysis() {}

  static Result run(SpotBugsRunner spotbugs, Path... classes) {
    return run(spotbugs, Optional.empty(), classes);
  }

  /**
   * As {@link #run(SpotBugsRunner, Path...)}, with {@code sources} as the project's source
   * folder, as SpotBugs' {@code -sourcepath} gives it: detectors may read a source file's header
   * there (generated code).
   */
  static Result run(SpotBugsRunner spotbugs, Optional<Path> sources, Path... classes) {
    return run(spotbugs, sources.stream().toList(), classes);
  }

  /** As {@link #run(SpotBugsRunner, Optional, Path...)}, with several source folders. */
  static Result run(SpotBugsRunner spotbugs, List<Path> sources, Path... classes) {
    List<String> ours = Collections.synchronizedList(new ArrayList<>());
    List<String> others = Collections.synchronizedList(new ArrayList<>());
    List<Finding> findings = new ArrayList<>();
    spotbugs.performAnalysis(
        engine -> {
          sources.forEach(dir -> engine.getProject().addSourceDir(dir.toString()));
          engine.setBugReporter(new ErrorSorter(engine.getBugReporter(), ours, others));
        },
        classes).getCollection().forEach(bug -> toFinding(bug).ifPresent(findings::add));
    return new Result(findings, List.copyOf(ours), List.copyOf(others));
  }

  private static Optional<Finding> toFinding(BugInstance bug) {
    return Rule.bySpotBugsType(bug.getType()).map(rule -> {
      assertHasItsOwnSentence(bug);
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      return new Finding(line.getSourcePath(), line.getStartLine(), rule, bug);
    });
  }

  /**
   * Every Leakproof bug carries its sentence where messages.xml's LongDescription looks for it,
   * and SpotBugs' formatted message is exactly that sentence.
   */
  private static void assertHasItsOwnSentence(BugInstance bug) {
    List<? extends BugAnnotation> annotations = bug.getAnnotations();
    int index = SpotBugsPlugin.DETAIL_ANNOTATION;
    if (annotations.size() <= index
        || !(annotations.get(index) instanceof StringAnnotation detail)
        || !StringAnnotation.STRING_MESSAGE.equals(detail.getDescription())
        || detail.getValue().isBlank()
        || !bug.getMessageWithoutPrefix().equals(detail.getValue())) {
      throw new AssertionError("annotation " + index + " of " + bug.getType() + " must be its"
          + " sentence (a STRING_MESSAGE) and its formatted message: " + annotations + " / "
          + bug.getMessageWithoutPrefix());
    }
  }

  /**
   * Takes every logged analysis error out of the harness's way (which would fail on any
   * detector's error with no detail) and sorts it: ours fail the tests, others are only shown.
   */
  private static final class ErrorSorter extends DelegatingBugReporter {
    private final List<String> ours;
    private final List<String> others;

    ErrorSorter(BugReporter delegate, List<String> ours, List<String> others) {
      super(delegate);
      this.ours = ours;
      this.others = others;
    }

    @Override
    public void logError(String message) {
      sort(message, null);
    }

    @Override
    public void logError(String message, Throwable e) {
      sort(message, e);
    }

    private void sort(String message, Throwable e) {
      StringWriter text = new StringWriter();
      text.append(message);
      if (e != null) {
        text.append('\n');
        e.printStackTrace(new PrintWriter(text));
      }
      String entry = text.toString();
      if (entry.contains("dev.leakproof") || message.startsWith("Leakproof")) {
        ours.add(entry);
      } else {
        others.add(entry);
        System.err.println("[SpotBugs error, not Leakproof's] " + message);
      }
    }
  }
}
