package dev.leakproof.scanner.cli;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Region;
import dev.leakproof.checks.sarif.BaselineComparison;
import dev.leakproof.checks.sarif.BaselineComparison.Fingerprinted;
import dev.leakproof.checks.sarif.SarifWriter;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Findings accepted as known, so a gate on legacy code fails only on new ones. A baseline is an
 * ordinary SARIF log of an earlier scan ({@code --write-baseline} writes one; so does
 * {@code --format sarif}), matched by the {@code partialFingerprints} that survive unrelated
 * edits: a line inserted above a known finding does not make it new.
 *
 * <p>SARIF is JSON, and YAML 1.2 reads JSON, so the YAML parser the config file needs reads
 * baselines too; no second parser.
 */
final class Baseline {
  /**
   * The baseline's findings by fingerprint; null for a result this version cannot read back
   * (its fingerprint still matches). Absent results of the log are not findings.
   */
  private final Map<String, Finding> known;

  private Baseline(Map<String, Finding> known) {
    this.known = known;
  }

  /** What the current findings are against this baseline. */
  record Comparison(List<Finding> newFindings, int unchanged, BaselineComparison sarif) {}

  static Baseline read(Path file) throws UsageException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read the baseline: " + PlainIoError.describe(e));
    }
    Object log;
    try {
      log = new Load(LoadSettings.builder().setLabel(file.toString()).build())
          .loadFromString(text);
    } catch (YamlEngineException e) {
      throw notSarif(file, "not JSON: " + e.getMessage().strip());
    }
    if (!(map(log).get("runs") instanceof List<?> runs)) {
      throw notSarif(file, "no \"runs\"");
    }
    Map<String, Finding> known = new LinkedHashMap<>();
    for (Object run : runs) {
      for (Object result : list(map(run).get("results"))) {
        Map<?, ?> fields = map(result);
        if ("absent".equals(fields.get("baselineState"))) {
          continue;
        }
        Object fingerprint = map(fields.get("partialFingerprints"))
            .get(SarifWriter.FINGERPRINT_KEY);
        if (fingerprint instanceof String key) {
          known.put(key, finding(fields).orElse(null));
        }
      }
    }
    return new Baseline(known);
  }

  private static UsageException notSarif(Path file, String why) {
    return new UsageException("the baseline " + file + " is not a Leakproof SARIF log (" + why
        + "); write one with --write-baseline FILE");
  }

  /**
   * The baseline result as a finding, so an absent one can be listed again; empty when the
   * rule is unknown to this version (the fingerprint still matches).
   */
  private static Optional<Finding> finding(Map<?, ?> result) {
    Optional<Rule> rule = result.get("ruleId") instanceof String id ? Rule.byName(id)
        : Optional.empty();
    Map<?, ?> location = map(map(first(result.get("locations"))).get("physicalLocation"));
    Object uri = map(location.get("artifactLocation")).get("uri");
    Map<?, ?> region = map(location.get("region"));
    if (rule.isEmpty() || !(uri instanceof String path)
        || !(region.get("startLine") instanceof Number line) || line.intValue() < 1) {
      return Optional.empty();
    }
    int column = region.get("startColumn") instanceof Number c ? c.intValue() : 0;
    Object message = map(result.get("message")).get("text");
    Object snippet = map(map(location.get("contextRegion")).get("snippet")).get("text");
    return Optional.of(Finding.of(rule.get(),
        Region.point(URLDecoder.decode(path, StandardCharsets.UTF_8), line.intValue(), column),
        message instanceof String text ? text : rule.get().summary(),
        snippet instanceof String code ? code : ""));
  }

  Comparison compare(List<Finding> findings) {
    List<Finding> fresh = new ArrayList<>();
    int unchanged = 0;
    Set<String> seen = new HashSet<>();
    for (Fingerprinted current : BaselineComparison.fingerprint(findings)) {
      seen.add(current.fingerprint());
      if (known.containsKey(current.fingerprint())) {
        unchanged++;
      } else {
        fresh.add(current.finding());
      }
    }
    List<Fingerprinted> absent = known.entrySet().stream()
        .filter(entry -> !seen.contains(entry.getKey()) && entry.getValue() != null)
        .map(entry -> new Fingerprinted(entry.getValue(), entry.getKey()))
        .collect(Collectors.toList());
    return new Comparison(fresh, unchanged, new BaselineComparison(known.keySet(), absent));
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  private static Object first(Object value) {
    List<?> list = list(value);
    return list.isEmpty() ? null : list.get(0);
  }
}
