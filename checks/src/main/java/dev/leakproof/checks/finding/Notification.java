package dev.leakproof.checks.finding;

import java.util.Objects;

/**
 * Something the engine wants the user to know that is not a finding: a file it could not
 * analyse, or a crash of one of its own checks. Written to SARIF as a tool execution
 * notification.
 *
 * @param level {@code error}, {@code warning} or {@code note}
 * @param path the file concerned, relative to the analysis root, or empty
 * @param line the line concerned, or 0
 * @param message what happened and what the user can do
 */
public record Notification(String level, String path, int line, String message) {
  public Notification {
    Objects.requireNonNull(level, "level");
    path = path == null ? "" : path.replace('\\', '/');
    Objects.requireNonNull(message, "message");
  }
}
