package dev.leakproof.scanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A project's settings in {@code .leakproof.yml} at the scan root, so a team's gate lives in the
 * repository instead of in each CI script:
 *
 * <pre>
 * rules: [UnclosedResource, ThreadLocalNotRemoved]   # default: every rule
 * severity:
 *   UnclosedResource: error
 * include: ["src/main/**"]
 * exclude: ["**&#47;generated/**"]
 * fail-on: error
 * baseline: leakproof-baseline.sarif
 * </pre>
 *
 * <p>Options on the command line win over the file. A key this version does not know is an
 * error, not ignored: a misspelt {@code fail-on} must not quietly turn a gate off.
 */
record ProjectConfig(Optional<String> rules, Map<String, String> severity, List<String> include,
    List<String> exclude, Optional<String> failOn, Optional<String> baseline) {
  static final String FILE_NAME = ".leakproof.yml";

  static final ProjectConfig NONE = new ProjectConfig(Optional.empty(), Map.of(), List.of(),
      List.of(), Optional.empty(), Optional.empty());

  private static final List<String> KEYS =
      List.of("rules", "severity", "include", "exclude", "fail-on", "baseline");

  /** The file's settings; {@link #NONE} for an empty file. */
  static ProjectConfig read(Path file) throws UsageException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + PlainIoError.describe(e));
    }
    Object document;
    try {
      document = new Load(LoadSettings.builder().setLabel(file.toString()).build())
          .loadFromString(text);
    } catch (YamlEngineException e) {
      throw new UsageException(file + " is not valid YAML: " + e.getMessage().strip());
    }
    if (document == null) {
      return NONE;
    }
    if (!(document instanceof Map<?, ?> settings)) {
      throw new UsageException(file + ": expected settings (key: value lines), found "
          + describe(document));
    }
    for (Object key : settings.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        throw new UsageException(file + ": unknown setting '" + key + "'; the settings are "
            + String.join(", ", KEYS));
      }
    }
    Reader reader = new Reader(file, settings);
    Optional<String> rules = settings.get("rules") == null
        ? Optional.empty() : Optional.of(String.join(",", reader.strings("rules")));
    return new ProjectConfig(rules, reader.severities(), reader.strings("include"),
        reader.strings("exclude"), reader.scalar("fail-on"), reader.scalar("baseline"));
  }

  private static String describe(Object value) {
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    return value instanceof List<?> ? "a list" : "'" + value + "'";
  }

  /** Reads typed values out of the parsed file, naming the file and key when one is wrong. */
  private record Reader(Path file, Map<?, ?> settings) {
    /** A list of strings, or one string standing for a list of one. */
    List<String> strings(String key) throws UsageException {
      Object value = settings.get(key);
      if (value == null) {
        return List.of();
      }
      if (value instanceof String one) {
        return List.of(one);
      }
      if (!(value instanceof List<?> list)) {
        throw wrong(key, "a list of strings", value);
      }
      List<String> strings = new ArrayList<>();
      for (Object item : list) {
        if (!(item instanceof String text)) {
          throw wrong(key, "a list of strings", item);
        }
        strings.add(text);
      }
      return List.copyOf(strings);
    }

    Optional<String> scalar(String key) throws UsageException {
      Object value = settings.get(key);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof String text)) {
        throw wrong(key, "a string", value);
      }
      return Optional.of(text);
    }

    Map<String, String> severities() throws UsageException {
      Object value = settings.get("severity");
      if (value == null) {
        return Map.of();
      }
      if (!(value instanceof Map<?, ?> map)) {
        throw wrong("severity", "RuleName: level lines", value);
      }
      Map<String, String> severities = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getValue() instanceof String level)) {
          throw wrong("severity of " + entry.getKey(), "warning or error", entry.getValue());
        }
        severities.put(String.valueOf(entry.getKey()), level);
      }
      return severities;
    }

    private UsageException wrong(String key, String expected, Object found) {
      return new UsageException(file + ": " + key + " must be " + expected + ", found "
          + describe(found));
    }
  }
}
