package dev.leakproof.spotbugs;

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
 * Drops the bugs a detector finds in generated code ({@link GeneratedCode}), so every detector
 * reports through it. From bytecode: an annotation named {@code Generated} of class or runtime
 * retention on the class or a class it is nested in ({@code lombok.Generated}; the
 * {@code javax} and {@code jakarta} ones have source retention and are not in the class file);
 * and, when SpotBugs is given the sources ({@code -sourcepath}), the header of the class's source
 * file. Only a bug pays for the look-up.
 */
final class GeneratedCodeFilter extends DelegatingBugReporter {
  /** Per source file (package path + file name): whether its header marks it generated. */
  private final Map<String, Boolean> generatedSources = new HashMap<>();

  GeneratedCodeFilter(BugReporter delegate) {
    super(delegate);
  }

  @Override
  public void reportBug(BugInstance bug) {
    if (!inGeneratedCode(bug)) {
      super.reportBug(bug);
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
    try (InputStream in = AnalysisContext.currentAnalysisContext().getSourceFinder()
            .openSource(packageName, sourceFile);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      char[] header = new char[GeneratedCode.HEADER_LIMIT];
      int length = 0;
      for (int read; length < header.length
          && (read = reader.read(header, length, header.length - length)) > 0; ) {
        length += read;
      }
      return GeneratedCode.hasGeneratedHeader(new String(header, 0, length));
    } catch (IOException | RuntimeException e) {
      return false; // no sources given, or not this file: nothing says it is generated
    }
  }
}
