package dev.leakproof.scanner.engine;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Notification;
import java.util.List;

/**
 * What one scan produced, in a deterministic order (files sorted by path, findings by position).
 *
 * @param filesAnalysed files parsed and checked
 * @param filesNotAnalysed files skipped with an error notification (syntax, encoding, I/O)
 * @param internalErrors crashes of our own rules; each is also a notification
 */
public record ScanResult(
    List<Finding> findings,
    List<Notification> notifications,
    int filesAnalysed,
    int filesNotAnalysed,
    int internalErrors) {
  public ScanResult {
    findings = List.copyOf(findings);
    notifications = List.copyOf(notifications);
  }
}
