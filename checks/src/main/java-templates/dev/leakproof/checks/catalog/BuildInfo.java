package dev.leakproof.checks.catalog;

/** Facts of this build, filled in by Maven; constants so annotations may use them. */
public final class BuildInfo {
  /** Leakproof's version, as released. */
  public static final String VERSION = "${project.version}";

  /** Where the remediation pages of this version live; every rule link starts with it. */
  public static final String DOCS_BASE = "${leakproof.docs.base}v${project.version}/docs/rules/";

  private BuildInfo() {}
}
