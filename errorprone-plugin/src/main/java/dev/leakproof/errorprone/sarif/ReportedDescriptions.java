package dev.leakproof.errorprone.sarif;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.ErrorProneEndPosTable;
import com.google.errorprone.fixes.Fix;
import com.google.errorprone.fixes.Replacement;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Leakproof's checks described in one compilation, kept in javac's {@link Context} while
 * the SARIF plugin runs: the span and the fixes of each description, which javac's diagnostic
 * (a position and a text) does not carry.
 *
 * <p>This is not the list of findings: a description becomes a finding only when javac reports
 * its diagnostic (see {@link FindingCollector}), so suppressions and disabled checks are
 * respected by construction. Without the plugin nothing is installed and nothing is kept.
 */
public final class ReportedDescriptions {
  /** A text edit in source offsets, end exclusive. */
  record Edit(int start, int end, String text) {}

  /** One suggested fix: all its edits apply together. */
  record PendingFix(String description, List<Edit> edits) {}

  /** A description's span (source offsets) and fixes. */
  record Reported(int start, int end, List<PendingFix> fixes) {}

  private record Key(URI file, long preferredPosition, String check) {}

  private final Map<Key, Reported> reported = new HashMap<>();

  private ReportedDescriptions() {}

  /** The collector of {@code context}, installed on first use. */
  static ReportedDescriptions install(Context context) {
    ReportedDescriptions existing = context.get(ReportedDescriptions.class);
    if (existing != null) {
      return existing;
    }
    ReportedDescriptions created = new ReportedDescriptions();
    context.put(ReportedDescriptions.class, created);
    return created;
  }

  /**
   * Keeps {@code description}'s span and fixes when the SARIF plugin runs in this compilation;
   * never throws (SARIF then simply lacks the span and fixes).
   */
  public static void record(VisitorState state, Description description) {
    try {
      if (description == Description.NO_MATCH) {
        return;
      }
      ReportedDescriptions sink = state.context.get(ReportedDescriptions.class);
      if (sink == null) {
        return;
      }
      CompilationUnitTree unit = state.getPath().getCompilationUnit();
      ErrorProneEndPosTable endPositions = ErrorProneEndPosTable.create(unit);
      List<PendingFix> fixes = new ArrayList<>();
      for (Fix fix : description.fixes) {
        // Import edits are applied by Error Prone outside the replacement set; a fix that needs
        // them cannot be shown faithfully, so SARIF leaves it out.
        if (fix.isEmpty() || !fix.getImportsToAdd().isEmpty()
            || !fix.getImportsToRemove().isEmpty()) {
          continue;
        }
        List<Edit> edits = new ArrayList<>();
        for (Replacement r : fix.getReplacements(endPositions)) {
          edits.add(new Edit(r.startPosition(), r.endPosition(), r.replaceWith()));
        }
        fixes.add(new PendingFix(fix.getShortDescription(), edits));
      }
      int start = description.position.getStartPosition();
      int end = description.position.getEndPosition(endPositions);
      sink.reported.put(
          new Key(unit.getSourceFile().toUri(), description.position.getPreferredPosition(),
              description.checkName),
          new Reported(start, end, List.copyOf(fixes)));
    } catch (RuntimeException | LinkageError e) {
      // Best effort only: the finding itself still reaches SARIF through its diagnostic.
    }
  }

  /** What {@code check} described at {@code preferredPosition} of {@code file}, if anything. */
  Optional<Reported> find(URI file, long preferredPosition, String check) {
    return Optional.ofNullable(reported.get(new Key(file, preferredPosition, check)));
  }
}
