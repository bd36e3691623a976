package dev.leakproof.checks.catalog;

/** Default severity of a rule; users may raise or lower it in each engine. */
public enum Severity {
  /** Reported as a warning: the code is very likely to leak, but may be intended. */
  WARNING("warning"),
  /** Reported as an error: the leak is certain on some path. */
  ERROR("error");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /** The SARIF {@code level} for this severity. */
  public String sarifLevel() {
    return sarifLevel;
  }
}
