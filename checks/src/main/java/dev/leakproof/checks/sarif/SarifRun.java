package dev.leakproof.checks.sarif;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Notification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One engine's analysis, ready to be written as one SARIF run.
 *
 * @param engine which engine ran: {@code errorprone}, {@code scanner}, …; recorded in the run
 * @param findings what it found (the writer sorts them, so order does not matter)
 * @param notifications files it could not analyse and its own crashes
 * @param executionSuccessful false when the engine itself failed (not when it found leaks)
 * @param baseline how the findings compare with a baseline; empty when there is none, and then
 *     results carry no {@code baselineState}
 */
public record SarifRun(
    String engine,
    List<Finding> findings,
    List<Notification> notifications,
    boolean executionSuccessful,
    Optional<BaselineComparison> baseline) {
  public SarifRun {
    Objects.requireNonNull(engine, "engine");
    findings = List.copyOf(findings);
    notifications = List.copyOf(notifications);
    Objects.requireNonNull(baseline, "baseline");
  }

  /** A run compared with no baseline. */
  public SarifRun(String engine, List<Finding> findings, List<Notification> notifications,
      boolean executionSuccessful) {
    this(engine, findings, notifications, executionSuccessful, Optional.empty());
  }
}
