package dev.leakproof.errorprone.sarif;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.Severity;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Fix;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.checks.finding.Region;
import dev.leakproof.errorprone.SafeBugChecker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Turns the Error Prone diagnostics javac reports for Leakproof's rules into findings.
 *
 * <p>Only what javac reports counts: a check disabled with {@code -Xep:Name:OFF} or suppressed
 * with {@code @SuppressWarnings} produces no diagnostic and so no finding. Error Prone writes
 * every diagnostic under the code {@code compiler.(warn|err|note).error.prone} with the text
 * {@code [CheckName] message\n    (see link)\n  Did you mean …}.
 */
final class FindingCollector {
  private static final String DEFAULT_FIX_DESCRIPTION = "Apply Leakproof's suggested fix";

  private final Path root;
  private final ReportedDescriptions reported;
  private final Map<URI, SourceText> sources = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<Notification> notifications = new ArrayList<>();

  FindingCollector(Path root, ReportedDescriptions reported) {
    this.root = root.toAbsolutePath().normalize();
    this.reported = reported;
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  List<Notification> notifications() {
    return List.copyOf(notifications);
  }

  /** Looks at one diagnostic; ignores everything that is not a Leakproof rule's. */
  void accept(Diagnostic<? extends JavaFileObject> diagnostic) {
    String code = diagnostic.getCode();
    JavaFileObject file = diagnostic.getSource();
    if (code == null || !code.endsWith(".error.prone") || file == null
        || diagnostic.getPosition() == Diagnostic.NOPOS) {
      return;
    }
    String text = diagnostic.getMessage(Locale.ROOT);
    Optional<Rule> rule = DiagnosticText.rule(text);
    if (rule.isEmpty()) {
      return;
    }
    String message = DiagnosticText.sentence(text);
    long position = diagnostic.getPosition();
    if (!seen.add(file.toUri() + "#" + position + "#" + rule.get().ruleName() + "#" + message)) {
      return;
    }
    SourceText source = source(file);
    String path = relativePath(file.toUri());
    if (message.startsWith(SafeBugChecker.INTERNAL_ERROR_PREFIX)) {
      notifications.add(new Notification("warning", path, source.line(position), message));
      return;
    }
    Optional<ReportedDescriptions.Reported> described =
        reported.find(file.toUri(), position, rule.get().ruleName());
    Region region = described
        .filter(d -> d.start() >= 0 && d.end() > d.start())
        .map(d -> region(path, source, d.start(), d.end()))
        .orElseGet(() -> Region.point(path, source.line(position), source.column(position)));
    List<Fix> fixes = new ArrayList<>();
    described.ifPresent(d -> {
      for (ReportedDescriptions.PendingFix fix : d.fixes()) {
        List<Fix.Replacement> replacements = new ArrayList<>();
        for (ReportedDescriptions.Edit edit : fix.edits()) {
          replacements.add(new Fix.Replacement(region(path, source, edit.start(), edit.end()),
              edit.text()));
        }
        if (!replacements.isEmpty()) {
          fixes.add(new Fix(fix.description().isBlank() ? DEFAULT_FIX_DESCRIPTION
              : fix.description(), replacements));
        }
      }
    });
    findings.add(new Finding(rule.get(), region, message,
        source.lineText(region.startLine()), fixes, severityOf(diagnostic.getKind())));
  }

  /**
   * The severity the user configured, as javac reports it: {@code -Xep:Rule:ERROR} turns a
   * warning rule's diagnostics into errors, {@code -Xep:Rule:WARN} the other way round.
   */
  private static Severity severityOf(Diagnostic.Kind kind) {
    return kind == Diagnostic.Kind.ERROR ? Severity.ERROR : Severity.WARNING;
  }

  private static Region region(String path, SourceText source, int start, int end) {
    return new Region(path, source.line(start), source.column(start), source.line(end),
        source.column(end));
  }

  private SourceText source(JavaFileObject file) {
    return sources.computeIfAbsent(file.toUri(), uri -> {
      try {
        return SourceText.of(file.getCharContent(true));
      } catch (IOException | RuntimeException e) {
        return SourceText.of("");
      }
    });
  }

  /** The file relative to the root when it lies below it, else its absolute path. */
  private String relativePath(URI uri) {
    try {
      Path file = Path.of(uri).toAbsolutePath().normalize();
      return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    } catch (RuntimeException e) {
      return uri.toString(); // not a file on disk (an in-memory source)
    }
  }
}
