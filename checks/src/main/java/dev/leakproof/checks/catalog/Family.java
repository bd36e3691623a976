package dev.leakproof.checks.catalog;

/** The kinds of leak Leakproof knows; the id is the SARIF tag and the docs grouping. */
public enum Family {
  STATIC_CACHE("static-cache", "Caches that only grow"),
  RESOURCE("resource", "OS resources not released"),
  RETENTION("retention", "Objects kept alive by longer-lived ones"),
  CONCAT("concat", "Strings rebuilt inside loops");

  private final String id;
  private final String title;

  Family(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** Short, stable id such as {@code static-cache}. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
