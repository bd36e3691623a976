package dev.leakproof.errorprone;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.main.Option;
import com.sun.tools.javac.util.Options;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ForeignSuppressions;
import dev.leakproof.checks.knowledge.GeneratedCode;
import dev.leakproof.errorprone.sarif.ReportedDescriptions;
import java.io.IOException;

/**
 * Base of every Leakproof check: runs the analysis of one tree so that a bug of ours never
 * fails the user's compilation.
 *
 * <p>Error Prone turns an exception thrown by a check into a compilation error ("An unhandled
 * exception was thrown by the Error Prone static analysis plugin"). Leakproof's promise is the
 * opposite: a crash of ours is reported as a warning that names the check, file and line, the
 * check skips that tree, and compilation goes on. Subclasses route every matcher through
 * {@link #guarded}:
 *
 * <pre>{@code
 * public Description matchAssignment(AssignmentTree tree, VisitorState state) {
 *   return guarded(tree, state, () -> analyse(tree, state));
 * }
 * }</pre>
 *
 * <p>{@link #guarded} also hands every reported {@link Description} to the SARIF plugin (when
 * it runs in this compilation), which needs the span and the fixes that javac's diagnostic
 * text does not carry.
 *
 * <p>Nothing is reported in generated code ({@link GeneratedCode}): a type annotated
 * {@code @Generated}, or nested in one, or a file whose header says a generator wrote it. Only a
 * finding pays for the check, so it costs nothing where there is nothing to report.
 */
public abstract class SafeBugChecker extends BugChecker {
  private static final long serialVersionUID = 1L;

  /** Every internal-error warning starts with this; the SARIF plugin turns them into notifications. */
  public static final String INTERNAL_ERROR_PREFIX = "Leakproof internal error in ";

  /** The analysis of one tree; it may throw, {@link #guarded} catches it. */
  @FunctionalInterface
  protected interface Analysis {
    Description run();
  }

  /**
   * Runs {@code analysis}; a crash becomes an internal-error warning at {@code tree} instead of
   * a failed compilation.
   */
  protected final Description guarded(Tree tree, VisitorState state, Analysis analysis) {
    Description description;
    try {
      description = analysis.run();
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      // LinkageError: an Error Prone or JDK version whose API differs from the one we built on.
      return internalError(tree, state, e);
    }
    if (description == null || description == Description.NO_MATCH) {
      return Description.NO_MATCH;
    }
    if (inGeneratedCode(state) || suppressedByForeignComment(description, state)) {
      return Description.NO_MATCH;
    }
    ReportedDescriptions.record(state, description);
    return description;
  }

  /** Whether the tree being matched lies in generated code ({@link GeneratedCode}). */
  private static boolean inGeneratedCode(VisitorState state) {
    try {
      for (Tree enclosing : state.getPath()) {
        if (enclosing instanceof ClassTree type && isGenerated(type)) {
          return true;
        }
      }
      CompilationUnitTree unit = state.getPath().getCompilationUnit();
      return GeneratedCode.hasGeneratedHeader(unit.getSourceFile().getCharContent(true));
    } catch (IOException | RuntimeException e) {
      return false; // the text is unreadable: judge the finding as hand-written code
    }
  }

  /**
   * Whether a {@code //noinspection} comment above the finding's first line suppresses the
   * rule's IntelliJ twin ({@link ForeignSuppressions}).
   */
  private boolean suppressedByForeignComment(Description description, VisitorState state) {
    Rule rule = Rule.byName(canonicalName()).orElse(null);
    if (rule == null || ForeignSuppressions.intellijInspections(rule).isEmpty()) {
      return false;
    }
    try {
      CompilationUnitTree unit = state.getPath().getCompilationUnit();
      int line = (int) unit.getLineMap().getLineNumber(description.position.getStartPosition());
      return ForeignSuppressions.suppressedAt(unit.getSourceFile().getCharContent(true), line, rule);
    } catch (IOException | RuntimeException e) {
      return false; // the text is unreadable: nothing says the finding is suppressed
    }
  }

  private static boolean isGenerated(ClassTree type) {
    for (AnnotationTree annotation : type.getModifiers().getAnnotations()) {
      Symbol symbol = ASTHelpers.getSymbol(annotation.getAnnotationType());
      String name = symbol != null
          ? symbol.getQualifiedName().toString()
          : annotation.getAnnotationType().toString();
      if (GeneratedCode.isGeneratedAnnotation(name)) {
        return true;
      }
    }
    return false;
  }

  private Description internalError(Tree tree, VisitorState state, Throwable crash) {
    try {
      String message = INTERNAL_ERROR_PREFIX + canonicalName() + " at " + where(tree, state)
          + ": " + describe(crash) + ". The check skipped this code and compilation goes on;"
          + " please report this message to Leakproof.";
      // Never an error, even when the user raised the check to ERROR: our bug, not theirs.
      return buildDescription(tree)
          .setMessage(message)
          .overrideSeverity(internalErrorSeverity(state))
          .build();
    } catch (RuntimeException | LinkageError e) {
      return Description.NO_MATCH; // even reporting failed: stay out of the user's way
    }
  }

  /**
   * A warning, or a note under {@code -Werror}: there a warning would fail the user's build for a
   * bug of ours, and javac still prints notes.
   */
  private static SeverityLevel internalErrorSeverity(VisitorState state) {
    boolean warningsAreErrors = Options.instance(state.context).isSet(Option.WERROR);
    return warningsAreErrors ? SeverityLevel.SUGGESTION : SeverityLevel.WARNING;
  }

  private static String where(Tree tree, VisitorState state) {
    try {
      CompilationUnitTree unit = state.getPath().getCompilationUnit();
      String file = unit.getSourceFile().getName();
      int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
      long position = ASTHelpers.getStartPosition(tree);
      return file.substring(slash + 1) + ":" + unit.getLineMap().getLineNumber(position);
    } catch (RuntimeException e) {
      return "an unknown line";
    }
  }

  private static String describe(Throwable crash) {
    StringBuilder text = new StringBuilder(crash.toString());
    StackTraceElement[] frames = crash.getStackTrace();
    if (frames.length > 0) {
      text.append(" (at ").append(frames[0]).append(')');
    }
    return text.toString();
  }
}
