package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ForeignSuppressions;
import dev.leakproof.checks.knowledge.GeneratedCode;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.ClassAnnotation;
import edu.umd.cs.findbugs.DelegatingBugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops the bugs a detector finds in generated code ({@link GeneratedCode}) or under a
 * {@code //noinspection} comment for the rule's IntelliJ twin ({@link ForeignSuppressions}), so
 * every detector reports through it. The comment is read from the class's source file, so only
 * where SpotBugs is given the sources ({@code -sourcepath}).
 *
 * <p>Generated code, from bytecode: an annotation named {@code Generated} of class or runtime
 * retention on the class or a class it is nested in ({@code lombok.Generated}; the
 * {@code javax} and {@code jakarta} ones have source retention and are not in the class file);
 * and, when SpotBugs is given the sources, the header of the class's source file. Only a bug pays
 * for the look-up.
 */
final class SuppressedCodeFilter extends DelegatingBugReporter {
  /** Per source file (package path + file name): whether its header marks it generated. */
  private final Map<String, Boolean> generatedSources = new HashMap<>();

  SuppressedCodeFilter(BugReporter delegate) {
    super(delegate);
  }

  @Override
  public void reportBug(BugInstance bug) {
    if (!inGeneratedCode(bug) && !suppressedByForeignComment(bug)) {
      super.reportBug(bug);
    }
  }

  private static boolean suppressedByForeignComment(BugInstance bug) {
    try {
      Rule rule = Rule.bySpotBugsType(bug.getType()).orElse(null);
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      if (rule == null || ForeignSuppressions.intellijInspections(rule).isEmpty() || line == null
          || line.getSourceFile() == null || line.getStartLine() <= 0) {
        return false;
      }
      String text = source(line.getPackageName(), line.getSourceFile(), Integer.MAX_VALUE);
      return ForeignSuppressions.suppressedAt(text, line.getStartLine(), rule);
    } catch (IOException | RuntimeException e) {
      return false; // no sources given, or not this file: nothing says the bug is suppressed
    }
  }

  private boolean inGeneratedCode(BugInstance bug) {
    try {
      ClassAnnotation type = bug.getPrimaryClass();
      if (type != null && annotatedGenerated(type.getClassName())) {
        return true;
      }
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      return line != null && line.getSourceFile() != null
          && generatedSources.computeIfAbsent(line.getSourcePath(),
              path -> hasGeneratedHeader(line.getPackageName(), line.getSourceFile()));
    } catch (RuntimeException e) {
      return false; // judge the bug as hand-written code
    }
  }

  /** Whether {@code className} (dotted) or a class it is nested in is annotated {@code @Generated}. */
  private static boolean annotatedGenerated(String className) {
    for (String name = className; ; name = name.substring(0, name.lastIndexOf('$'))) {
      if (ClassAnnotations.hasAnnotation(name, GeneratedCode::isGeneratedAnnotation)) {
        return true;
      }
      if (name.lastIndexOf('$') < 0) {
        return false;
      }
    }
  }

  private static boolean hasGeneratedHeader(String packageName, String sourceFile) {
    try {
      return GeneratedCode.hasGeneratedHeader(
          source(packageName, sourceFile, GeneratedCode.HEADER_LIMIT));
    } catch (IOException | RuntimeException e) {
      return false; // no sources given, or not this file: nothing says it is generated
    }
  }

  /** The first {@code limit} characters of a class's source file, from SpotBugs' source path. */
  static String source(String packageName, String sourceFile, int limit)
      throws IOException {
    try (InputStream in = AnalysisContext.currentAnalysisContext().getSourceFinder()
            .openSource(packageName, sourceFile);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      StringBuilder text = new StringBuilder();
      char[] chunk = new char[8192];
      for (int read; text.length() < limit
          && (read = reader.read(chunk, 0, Math.min(chunk.length, limit - text.length()))) > 0; ) {
        text.append(chunk, 0, read);
      }
      return text.toString();
    }
  }
}
