package dev.leakproof.errorprone.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Notification;
import com.sun.tools.javac.util.Context;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;

/** How diagnostics become findings, without running javac. */
class FindingCollectorTest {
  private static final Path ROOT = Path.of("/project");
  private static final String SOURCE = "class A {\n  void f() {\n    s += x;\n  }\n}\n";

  private final FindingCollector collector =
      new FindingCollector(ROOT, ReportedDescriptions.install(new Context()));

  @Test
  void leakproofDiagnosticBecomesAFindingWithTheSourceLine() {
    collector.accept(diagnostic("compiler.warn.error.prone",
        "[StringConcatInLoop] the message\n    (see https://example/x.md)\n  Did you mean 'y'?",
        SOURCE.indexOf("s +=")));
    Finding finding = collector.findings().get(0);
    assertEquals(Rule.STRING_CONCAT_IN_LOOP, finding.rule());
    assertEquals("the message", finding.message());
    assertEquals("src/A.java", finding.region().path());
    assertEquals(3, finding.region().startLine());
    assertEquals(5, finding.region().startColumn());
    assertEquals("    s += x;", finding.lineText());
  }

  @Test
  void internalErrorBecomesANotificationNotAFinding() {
    collector.accept(diagnostic("compiler.warn.error.prone",
        "[StringConcatInLoop] Leakproof internal error in StringConcatInLoop at A.java:3: boom",
        SOURCE.indexOf("s +=")));
    assertTrue(collector.findings().isEmpty());
    Notification notification = collector.notifications().get(0);
    assertEquals("warning", notification.level());
    assertEquals("src/A.java", notification.path());
    assertEquals(3, notification.line());
  }

  @Test
  void otherChecksAndOtherDiagnosticsAreIgnored() {
    collector.accept(diagnostic("compiler.warn.error.prone", "[MissingOverride] m", 0));
    collector.accept(diagnostic("compiler.warn.unchecked.call", "[StringConcatInLoop] m", 0));
    assertTrue(collector.findings().isEmpty());
    assertTrue(collector.notifications().isEmpty());
  }

  private static Diagnostic<JavaFileObject> diagnostic(String code, String message, long position) {
    JavaFileObject file = new SimpleJavaFileObject(URI.create("file:///project/src/A.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return SOURCE;
      }
    };
    return new Diagnostic<>() {
      @Override public Kind getKind() { return Kind.WARNING; }
      @Override public JavaFileObject getSource() { return file; }
      @Override public long getPosition() { return position; }
      @Override public long getStartPosition() { return position; }
      @Override public long getEndPosition() { return position; }
      @Override public long getLineNumber() { return NOPOS; }
      @Override public long getColumnNumber() { return NOPOS; }
      @Override public String getCode() { return code; }
      @Override public String getMessage(Locale locale) { return message; }
    };
  }
}
