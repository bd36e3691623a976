package dev.leakproof.checks.sarif;

import dev.leakproof.checks.catalog.BuildInfo;
import dev.leakproof.checks.catalog.Family;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Fix;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.checks.finding.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes SARIF 2.1.0. Rules come from the catalog; the same run always gives the same bytes.
 *
 * <p>What makes the output reproducible: results and notifications are sorted; keys are written
 * in a fixed order; there are no timestamps, no absolute paths (every artifact URI is relative
 * to {@code %SRCROOT%}, whose absolute location is left to the consumer) and no platform line
 * ends; the text is pure ASCII with escapes, so the charset it is saved in does not matter.
 *
 * <p>What GitHub code scanning reads: {@code tool.driver.rules[].properties.precision} and
 * {@code problem.severity}, {@code help.markdown}, {@code partialFingerprints}, and
 * {@code automationDetails.id} ({@code leakproof/<engine>/}), so runs of different engines
 * uploaded for one commit stay apart instead of replacing each other.
 */
public final class SarifWriter {
  /** The {@code $schema} written into every log: the OASIS SARIF 2.1.0 schema (errata 01). */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The SARIF version written. */
  public static final String SARIF_VERSION = "2.1.0";

  /** The tool name every engine reports, so all engines' results belong to one tool. */
  public static final String TOOL_NAME = "Leakproof";

  /** The base every artifact URI is relative to: the root of the analysed sources. */
  public static final String SRCROOT = "%SRCROOT%";

  /** The key of our fingerprint in {@code result.partialFingerprints}. */
  public static final String FINGERPRINT_KEY = Fingerprints.KEY;

  /**
   * How sure each rule is when it reports, for code scanning's {@code precision}: every rule is
   * written precision-first (silent when unsure), see DESIGN.md.
   */
  private static final String PRECISION = "high";

  private static final Comparator<Finding> FILE_ORDER =
      Comparator.comparing((Finding f) -> ArtifactUri.of(f.region().path()))
          .thenComparingInt(f -> f.region().startLine())
          .thenComparingInt(f -> f.region().startColumn())
          .thenComparing(f -> f.rule().ruleName())
          .thenComparingInt(f -> f.region().endLine())
          .thenComparingInt(f -> f.region().endColumn())
          .thenComparing(Finding::message)
          .thenComparing(Finding::lineText)
          .thenComparing(f -> f.fixes().toString());

  private static final Comparator<Notification> NOTIFICATION_ORDER =
      Comparator.comparing((Notification n) -> ArtifactUri.of(n.path()))
          .thenComparingInt(Notification::line)
          .thenComparing(Notification::level)
          .thenComparing(Notification::message);

  private static final Set<String> NOTIFICATION_LEVELS = Set.of("none", "note", "warning", "error");

  private SarifWriter() {}

  /** The SARIF log of {@code run}, as JSON text. */
  public static String toJson(SarifRun run) {
    return toJson(run, RuleHelp.fromClasspath());
  }

  /** Writes the SARIF log of {@code run} to {@code file} (UTF-8), creating parent folders. */
  public static void write(SarifRun run, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(run), StandardCharsets.UTF_8);
  }

  /** {@code findings} sorted as a SARIF log lists them: by file, then position. */
  public static List<Finding> inFileOrder(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FILE_ORDER);
    return sorted;
  }

  /** The SARIF log of {@code run} with the rules' help from {@code help}. */
  static String toJson(SarifRun run, RuleHelp help) {
    List<Finding> findings = inFileOrder(run.findings());
    List<Notification> notifications = new ArrayList<>(run.notifications());
    notifications.sort(NOTIFICATION_ORDER);

    JsonWriter json = new JsonWriter();
    json.beginObject()
        .field("$schema", SCHEMA_URI)
        .field("version", SARIF_VERSION)
        .name("runs")
        .beginArray()
        .beginObject();
    writeTool(json, run, help);
    writeInvocation(json, run, notifications);
    json.name("originalUriBaseIds")
        .beginObject()
        .name(SRCROOT)
        .beginObject()
        .textObject(
            "description",
            "The root of the analysed sources; every artifact URI is relative to it.")
        .endObject()
        .endObject();
    json.name("automationDetails").beginObject().field("id", automationId(run)).endObject();
    json.field("columnKind", "utf16CodeUnits");
    writeResults(json, findings, run.baseline());
    json.name("properties").beginObject().field("engine", run.engine()).endObject();
    json.endObject().endArray().endObject();
    return json.finish();
  }

  private static String automationId(SarifRun run) {
    return "leakproof/" + run.engine() + "/";
  }

  private static void writeTool(JsonWriter json, SarifRun run, RuleHelp help) {
    json.name("tool").beginObject().name("driver").beginObject()
        .field("name", TOOL_NAME)
        .field("fullName", TOOL_NAME + " " + BuildInfo.VERSION + " (" + run.engine() + ")")
        .field("version", BuildInfo.VERSION)
        .field("semanticVersion", BuildInfo.VERSION)
        .field("informationUri", Rule.Links.INDEX)
        .name("rules")
        .beginArray();
    for (Rule rule : Rule.values()) {
      writeRule(json, rule, help);
    }
    json.endArray().endObject().endObject();
  }

  private static void writeRule(JsonWriter json, Rule rule, RuleHelp help) {
    json.beginObject()
        // No "name": ours would equal the id, and SARIF (3.49.7) asks to omit it then.
        .field("id", rule.ruleName())
        .textObject("shortDescription", rule.summary())
        .textObject("fullDescription", help.fullDescription(rule))
        .field("helpUri", rule.docUrl())
        .name("help")
        .beginObject()
        .field("text", help.text(rule))
        .field("markdown", help.markdown(rule))
        .endObject()
        .name("defaultConfiguration")
        .beginObject()
        .field("level", rule.severity().sarifLevel())
        .endObject()
        .name("properties")
        .beginObject()
        .name("tags")
        .beginArray();
    for (String tag : tags(rule)) {
      json.value(tag);
    }
    json.endArray()
        .field("precision", PRECISION)
        .field("problem.severity", rule.severity().sarifLevel())
        .endObject()
        .endObject();
  }

  /** The rule's family, then what kind of leak it is: memory or an OS resource. */
  static Set<String> tags(Rule rule) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(rule.family().id());
    tags.add("leak");
    tags.add(rule.family() == Family.RESOURCE ? "resource" : "memory");
    return tags;
  }

  private static void writeInvocation(
      JsonWriter json, SarifRun run, List<Notification> notifications) {
    json.name("invocations").beginArray().beginObject()
        .field("executionSuccessful", run.executionSuccessful());
    if (!notifications.isEmpty()) {
      json.name("toolExecutionNotifications").beginArray();
      for (Notification notification : notifications) {
        writeNotification(json, notification);
      }
      json.endArray();
    }
    json.endObject().endArray();
  }

  private static void writeNotification(JsonWriter json, Notification notification) {
    String level = notification.level().toLowerCase(Locale.ROOT);
    json.beginObject()
        .field("level", NOTIFICATION_LEVELS.contains(level) ? level : "warning")
        .textObject("message", notification.message());
    if (!notification.path().isEmpty()) {
      json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
      writeArtifactLocation(json, notification.path());
      if (notification.line() > 0) {
        json.name("region").beginObject().field("startLine", notification.line()).endObject();
      }
      json.endObject().endObject().endArray();
    }
    json.endObject();
  }

  private static void writeResults(JsonWriter json, List<Finding> sortedFindings,
      Optional<BaselineComparison> baseline) {
    List<String> fingerprints = Fingerprints.of(sortedFindings);
    json.name("results").beginArray();
    for (int i = 0; i < sortedFindings.size(); i++) {
      String fingerprint = fingerprints.get(i);
      Optional<String> state = baseline.map(
          b -> b.fingerprints().contains(fingerprint) ? "unchanged" : "new");
      writeResult(json, sortedFindings.get(i), fingerprint, state);
    }
    if (baseline.isPresent()) {
      List<BaselineComparison.Fingerprinted> absent =
          new ArrayList<>(baseline.get().absent());
      absent.sort(Comparator.comparing(BaselineComparison.Fingerprinted::finding, FILE_ORDER)
          .thenComparing(BaselineComparison.Fingerprinted::fingerprint));
      for (BaselineComparison.Fingerprinted gone : absent) {
        writeResult(json, gone.finding(), gone.fingerprint(), Optional.of("absent"));
      }
    }
    json.endArray();
  }

  private static void writeResult(JsonWriter json, Finding finding, String fingerprint,
      Optional<String> baselineState) {
    Rule rule = finding.rule();
    json.beginObject()
        .field("ruleId", rule.ruleName())
        .field("ruleIndex", rule.ordinal())
        .field("level", finding.severity().sarifLevel())
        .textObject("message", finding.message().isBlank() ? rule.summary() : finding.message())
        .name("locations")
        .beginArray()
        .beginObject()
        .name("physicalLocation")
        .beginObject();
    writeArtifactLocation(json, finding.region().path());
    writeRegion(json, "region", finding.region());
    writeContextRegion(json, finding);
    json.endObject().endObject().endArray();
    json.name("partialFingerprints").beginObject().field(FINGERPRINT_KEY, fingerprint).endObject();
    baselineState.ifPresent(state -> json.field("baselineState", state));
    if (!finding.fixes().isEmpty()) {
      json.name("fixes").beginArray();
      for (Fix fix : finding.fixes()) {
        writeFix(json, fix);
      }
      json.endArray();
    }
    json.endObject();
  }

  private static void writeArtifactLocation(JsonWriter json, String path) {
    json.name("artifactLocation")
        .beginObject()
        .field("uri", ArtifactUri.of(path))
        .field("uriBaseId", SRCROOT)
        .endObject();
  }

  /**
   * A SARIF region: the start line always; the start column when known; the end when known and
   * not before the start (a bytecode engine knows only the line).
   */
  private static void writeRegion(JsonWriter json, String name, Region region) {
    int startLine = region.startLine();
    int startColumn = region.startColumn();
    json.name(name).beginObject().field("startLine", startLine);
    if (startColumn > 0) {
      json.field("startColumn", startColumn);
    }
    boolean endLineKnown = region.endLine() >= startLine;
    if (endLineKnown) {
      json.field("endLine", region.endLine());
    }
    int endLine = endLineKnown ? region.endLine() : startLine;
    if (startColumn > 0
        && region.endColumn() > 0
        && (endLine > startLine || region.endColumn() >= startColumn)) {
      json.field("endColumn", region.endColumn());
    }
    json.endObject();
  }

  /**
   * The finding's whole line with its text, so viewers can show the code without the sources.
   * Left out when the engine has no source, or when the region spans lines (a context region
   * must contain the region).
   */
  private static void writeContextRegion(JsonWriter json, Finding finding) {
    Region region = finding.region();
    if (finding.lineText().isEmpty() || region.endLine() > region.startLine()) {
      return;
    }
    json.name("contextRegion")
        .beginObject()
        .field("startLine", region.startLine())
        .textObject("snippet", finding.lineText())
        .endObject();
  }

  /** One SARIF fix: the replacements grouped by file, files in the order the fix names them. */
  private static void writeFix(JsonWriter json, Fix fix) {
    Map<String, List<Fix.Replacement>> byFile = new LinkedHashMap<>();
    for (Fix.Replacement replacement : fix.replacements()) {
      byFile.computeIfAbsent(replacement.region().path(), p -> new ArrayList<>()).add(replacement);
    }
    json.beginObject().textObject("description", fix.description()).name("artifactChanges");
    json.beginArray();
    for (Map.Entry<String, List<Fix.Replacement>> change : byFile.entrySet()) {
      json.beginObject();
      writeArtifactLocation(json, change.getKey());
      json.name("replacements").beginArray();
      for (Fix.Replacement replacement : change.getValue()) {
        json.beginObject();
        writeRegion(json, "deletedRegion", replacement.region());
        json.name("insertedContent").beginObject().field("text", replacement.text()).endObject();
        json.endObject();
      }
      json.endArray().endObject();
    }
    json.endArray().endObject();
  }
}
