package dev.leakproof.checks.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule catalog: the one place where a rule's name, family, severity, summary and link are
 * written. Every engine, the SARIF writer, the SpotBugs metadata and the docs index read it.
 *
 * <p>Annotation attributes (Error Prone's {@code @BugPattern}) need compile-time constants, so
 * the text lives in the nested {@link Names}, {@link Summaries} and {@link Links} holders and the
 * enum constants are built from them.
 */
public enum Rule {
  UNBOUNDED_STATIC_CACHE(
      Names.UNBOUNDED_STATIC_CACHE, Family.STATIC_CACHE, Severity.WARNING,
      Summaries.UNBOUNDED_STATIC_CACHE, Links.UNBOUNDED_STATIC_CACHE),
  UNCLOSED_RESOURCE(
      Names.UNCLOSED_RESOURCE, Family.RESOURCE, Severity.WARNING,
      Summaries.UNCLOSED_RESOURCE, Links.UNCLOSED_RESOURCE),
  LISTENER_LEAK(
      Names.LISTENER_LEAK, Family.RETENTION, Severity.WARNING,
      Summaries.LISTENER_LEAK, Links.LISTENER_LEAK),
  OUTER_INSTANCE_RETENTION(
      Names.OUTER_INSTANCE_RETENTION, Family.RETENTION, Severity.WARNING,
      Summaries.OUTER_INSTANCE_RETENTION, Links.OUTER_INSTANCE_RETENTION),
  THREAD_LOCAL_NOT_REMOVED(
      Names.THREAD_LOCAL_NOT_REMOVED, Family.RETENTION, Severity.WARNING,
      Summaries.THREAD_LOCAL_NOT_REMOVED, Links.THREAD_LOCAL_NOT_REMOVED),
  STRING_CONCAT_IN_LOOP(
      Names.STRING_CONCAT_IN_LOOP, Family.CONCAT, Severity.WARNING,
      Summaries.STRING_CONCAT_IN_LOOP, Links.STRING_CONCAT_IN_LOOP);

  /** Rule names: SARIF ruleId, {@code @SuppressWarnings} key, docs page, Error Prone flag. */
  public static final class Names {
    public static final String UNBOUNDED_STATIC_CACHE = "UnboundedStaticCache";
    public static final String UNCLOSED_RESOURCE = "UnclosedResource";
    public static final String LISTENER_LEAK = "ListenerLeak";
    public static final String OUTER_INSTANCE_RETENTION = "OuterInstanceRetention";
    public static final String THREAD_LOCAL_NOT_REMOVED = "ThreadLocalNotRemoved";
    public static final String STRING_CONCAT_IN_LOOP = "StringConcatInLoop";

    private Names() {}
  }

  /** One-line summaries, shown with every finding and in every engine's rule list. */
  public static final class Summaries {
    public static final String UNBOUNDED_STATIC_CACHE =
        "Static collection grows without bound: entries are added but never removed, cleared or"
            + " bounded, so everything it holds stays reachable for the life of the class loader";
    public static final String UNCLOSED_RESOURCE =
        "OS-backed resource is not closed on every path: use try-with-resources so the file"
            + " handle, socket or connection is released even when an exception is thrown";
    public static final String LISTENER_LEAK =
        "Listener registered on a longer-lived object is never unregistered, so the subject keeps"
            + " the listener and everything it references reachable";
    public static final String OUTER_INSTANCE_RETENTION =
        "Inner class, anonymous class or this-capturing lambda is stored where it outlives its"
            + " outer object, keeping the whole outer instance reachable";
    public static final String THREAD_LOCAL_NOT_REMOVED =
        "ThreadLocal is set but not removed in a finally block: pooled threads keep the value, and"
            + " through it its class loader, alive after the work is done";
    public static final String STRING_CONCAT_IN_LOOP =
        "String carried across loop iterations is extended with +, copying the whole string on"
            + " every iteration (quadratic time and garbage): use a StringBuilder";

    private Summaries() {}
  }

  /** Versioned links to each rule's remediation page, all from {@link BuildInfo#DOCS_BASE}. */
  public static final class Links {
    public static final String INDEX = BuildInfo.DOCS_BASE + "README.md";
    public static final String UNBOUNDED_STATIC_CACHE =
        BuildInfo.DOCS_BASE + Names.UNBOUNDED_STATIC_CACHE + ".md";
    public static final String UNCLOSED_RESOURCE =
        BuildInfo.DOCS_BASE + Names.UNCLOSED_RESOURCE + ".md";
    public static final String LISTENER_LEAK = BuildInfo.DOCS_BASE + Names.LISTENER_LEAK + ".md";
    public static final String OUTER_INSTANCE_RETENTION =
        BuildInfo.DOCS_BASE + Names.OUTER_INSTANCE_RETENTION + ".md";
    public static final String THREAD_LOCAL_NOT_REMOVED =
        BuildInfo.DOCS_BASE + Names.THREAD_LOCAL_NOT_REMOVED + ".md";
    public static final String STRING_CONCAT_IN_LOOP =
        BuildInfo.DOCS_BASE + Names.STRING_CONCAT_IN_LOOP + ".md";

    private Links() {}
  }

  private final String ruleName;
  private final Family family;
  private final Severity severity;
  private final String summary;
  private final String docUrl;

  Rule(String ruleName, Family family, Severity severity, String summary, String docUrl) {
    this.ruleName = ruleName;
    this.family = family;
    this.severity = severity;
    this.summary = summary;
    this.docUrl = docUrl;
  }

  /** The rule's name, e.g. {@code StringConcatInLoop}. */
  public String ruleName() {
    return ruleName;
  }

  /** The SpotBugs bug type: the name in UPPER_SNAKE form with a {@code LEAK_} prefix. */
  public String spotBugsType() {
    return "LEAK_" + ruleName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  public Family family() {
    return family;
  }

  public Severity severity() {
    return severity;
  }

  public String summary() {
    return summary;
  }

  /** The remediation page of this rule for this release of Leakproof. */
  public String docUrl() {
    return docUrl;
  }

  /** The page's file name in {@code docs/rules/}. */
  public String docFileName() {
    return ruleName + ".md";
  }

  /** The rule named {@code name} (its {@link #ruleName()}), if there is one. */
  public static Optional<Rule> byName(String name) {
    for (Rule rule : values()) {
      if (rule.ruleName.equals(name)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The rule whose SpotBugs bug type is {@code type}, if there is one. */
  public static Optional<Rule> bySpotBugsType(String type) {
    for (Rule rule : values()) {
      if (rule.spotBugsType().equals(type)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
