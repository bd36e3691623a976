package dev.leakproof.checks.catalog;

/** Facts of this build, filled in by Maven; constants so annotations may use them. */
public final class BuildInfo {
  /** Leakproof's version, as released. */
  public static final String VERSION = "${project.version}";

  /**
   * The git ref whose docs match this build: the tag {@code v<version>} of a release, or the
   * default branch for a {@code -SNAPSHOT} (see {@code leakproof.docs.ref} in checks/pom.xml).
   */
  public static final String DOCS_REF = "${leakproof.docs.ref}";

  /** Where the remediation pages of this version live; every rule link starts with it. */
  public static final String DOCS_BASE = "${leakproof.docs.base}" + DOCS_REF + "/docs/rules/";

  private BuildInfo() {}
}
