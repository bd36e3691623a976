package dev.leakproof.scanner.cli;

import dev.leakproof.scanner.engine.RuleSelection;
import dev.leakproof.scanner.engine.SourceFilter;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of {@code scan}, checked: every path exists and lies under the root; merged with
 * the root's {@code .leakproof.yml} (the command line wins).
 *
 * @param reports where each report goes: the first is {@code --format}/{@code --output}
 *     (standard output without {@code --output}), then each {@code --report FORMAT:FILE}
 * @param paths absolute, normalised; a {@code pom.xml} among them stays a pom here
 * @param root the folder report paths are relative to
 * @param classPath {@code --classpath} entries, absolute, {@code dir/*} expanded to its jars
 * @param projects the {@code pom.xml} files whose dependencies to use: those given as PATH and
 *     with {@code --project}
 * @param baseline findings already known ({@code --baseline}): only others are reported
 * @param writeBaseline where to record this scan's findings as the next baseline
 * @param cache where per-file results are kept between scans ({@code --cache})
 */
record ScanOptions(List<Report> reports, Path root, List<Path> paths,
    List<Path> classPath, List<Path> projects, SourceFilter filter, RuleSelection rules,
    Severities severities, FailOn failOn, Optional<Path> baseline, Optional<Path> writeBaseline,
    boolean progress, Optional<Path> cache) {
  enum Format { TEXT, SARIF, HTML }

  /** One report: its format, and its file (standard output when empty). */
  record Report(Format format, Optional<Path> file) {}

  /** Which findings make the exit status 1. */
  enum FailOn {
    NONE, WARNING, ERROR;

    boolean fails(String sarifLevel) {
      return switch (this) {
        case NONE -> false;
        case WARNING -> sarifLevel.equals("warning") || sarifLevel.equals("error");
        case ERROR -> sarifLevel.equals("error");
      };
    }
  }

  /**
   * @param stderrIsTerminal whether progress is shown unless {@code --progress}/{@code
   *     --no-progress} say otherwise
   */
  static ScanOptions parse(List<String> args, Path cwd, boolean stderrIsTerminal)
      throws UsageException {
    Format format = Format.TEXT;
    Optional<Path> output = Optional.empty();
    Optional<Path> cache = Optional.empty();
    List<Report> extraReports = new ArrayList<>();
    Optional<Path> root = Optional.empty();
    Optional<Path> config = Optional.empty();
    List<Path> paths = new ArrayList<>();
    List<Path> classPath = new ArrayList<>();
    List<Path> projects = new ArrayList<>();
    List<String> includes = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    Optional<String> rules = Optional.empty();
    Severities severities = Severities.CATALOG;
    Optional<String> failOn = Optional.empty();
    Optional<Path> baseline = Optional.empty();
    Optional<Path> writeBaseline = Optional.empty();
    boolean progress = stderrIsTerminal;
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        paths.add(cwd.resolve(arg).toAbsolutePath().normalize());
        continue;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (FLAGS.contains(name)) {
        if (value != null) {
          throw new UsageException(name + " takes no value");
        }
      } else if (value == null) {
        value = valueOf(args, ++i, name);
      }
      switch (name) {
        case "--" -> optionsEnded = true;
        case "--progress" -> progress = true;
        case "--no-progress" -> progress = false;
        case "--format" -> format = format(value, "--format");
        case "--output" -> output = Optional.of(cwd.resolve(value).normalize());
        case "--cache" -> cache = Optional.of(cwd.resolve(value).normalize());
        case "--report" -> extraReports.add(report(value, cwd));
        case "--root" -> root = Optional.of(cwd.resolve(value).normalize());
        case "--config" -> config = Optional.of(cwd.resolve(value).normalize());
        case "--classpath", "-cp" -> classPath.addAll(classPathEntries(value, cwd));
        case "--project" -> projects.add(pomOf(cwd.resolve(value).normalize()));
        case "--include" -> includes.add(value);
        case "--exclude" -> excludes.add(value);
        case "--rules" -> rules = Optional.of(value);
        case "--severity" -> severities = severities.with(Severities.parse(value));
        case "--fail-on" -> failOn = Optional.of(value);
        case "--baseline" -> baseline = Optional.of(cwd.resolve(value).normalize());
        case "--write-baseline" -> writeBaseline = Optional.of(cwd.resolve(value).normalize());
        default -> throw new UsageException("unknown option '" + arg + "' for scan");
      }
    }
    if (paths.isEmpty()) {
      throw new UsageException("scan needs at least one PATH (a .java file, a folder or a"
          + " pom.xml)");
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UsageException("no such file or folder: " + path);
      }
      if (isPom(path)) {
        projects.add(path);
      }
    }
    Path base = root.orElseGet(() -> commonBase(paths));
    if (root.isPresent() && !Files.isDirectory(base)) {
      throw new UsageException("--root must be an existing folder: " + base);
    }
    for (Path path : paths) {
      if (!path.startsWith(base)) {
        throw new UsageException("PATH " + path + " is not inside --root " + base);
      }
    }

    ProjectConfig file = projectConfig(config, base);
    if (includes.isEmpty()) {
      includes.addAll(file.include());
    }
    if (excludes.isEmpty()) {
      excludes.addAll(file.exclude());
    }
    SourceFilter filter;
    try {
      filter = SourceFilter.of(includes, excludes);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--include/--exclude: " + e.getMessage());
    }
    RuleSelection selection = RuleSelection.all();
    Optional<String> ruleList = rules.or(file::rules);
    if (ruleList.isPresent()) {
      try {
        selection = RuleSelection.parse(ruleList.get());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--rules: " + e.getMessage());
      }
    }
    severities = Severities.of(file.severity()).with(severities);
    if (baseline.isEmpty() && file.baseline().isPresent()) {
      baseline = Optional.of(base.resolve(file.baseline().get()).normalize());
    }
    if (baseline.isPresent() && !Files.isRegularFile(baseline.get())) {
      throw new UsageException("no such baseline file: " + baseline.get()
          + " (record one with --write-baseline FILE)");
    }
    List<Report> reports = new ArrayList<>();
    reports.add(new Report(format, output));
    reports.addAll(extraReports);
    return new ScanOptions(List.copyOf(reports), base, List.copyOf(paths),
        List.copyOf(classPath), List.copyOf(projects), filter, selection, severities,
        failOn(failOn.or(file::failOn).orElse("warning")), baseline, writeBaseline, progress,
        cache);
  }

  /** Options that take no value. */
  private static final Set<String> FLAGS = Set.of("--", "--progress",
      "--no-progress");

  /** {@code --config FILE}, else {@code .leakproof.yml} in the root when there is one. */
  private static ProjectConfig projectConfig(Optional<Path> named, Path root)
      throws UsageException {
    if (named.isPresent()) {
      if (!Files.isRegularFile(named.get())) {
        throw new UsageException("--config: no such file: " + named.get());
      }
      return ProjectConfig.read(named.get());
    }
    Path inRoot = root.resolve(ProjectConfig.FILE_NAME);
    return Files.isRegularFile(inRoot) ? ProjectConfig.read(inRoot) : ProjectConfig.NONE;
  }

  private static Format format(String value, String option) throws UsageException {
    return switch (value) {
      case "text" -> Format.TEXT;
      case "sarif" -> Format.SARIF;
      case "html" -> Format.HTML;
      default -> throw new UsageException(
          "unknown format '" + value + "' for " + option + ": use text, sarif or html");
    };
  }

  /** {@code FORMAT:FILE}, e.g. {@code sarif:target/leakproof.sarif}. */
  private static Report report(String value, Path cwd) throws UsageException {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new UsageException("--report needs FORMAT:FILE, e.g. html:leakproof.html; got '"
          + value + "'");
    }
    return new Report(format(value.substring(0, colon), "--report"),
        Optional.of(cwd.resolve(value.substring(colon + 1)).normalize()));
  }

  private static FailOn failOn(String value) throws UsageException {
    return switch (value) {
      case "none" -> FailOn.NONE;
      case "warning" -> FailOn.WARNING;
      case "error" -> FailOn.ERROR;
      default -> throw new UsageException(
          "unknown level '" + value + "' for --fail-on: use none, warning or error");
    };
  }

  /** A file called {@code pom.xml} (or {@code *.pom}): a Maven project, not a source. */
  static boolean isPom(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return Files.isRegularFile(path) && (name.equals("pom.xml") || name.endsWith(".pom"));
  }

  private static Path pomOf(Path path) throws UsageException {
    Path pom = Files.isDirectory(path) ? path.resolve("pom.xml") : path;
    if (!Files.isRegularFile(pom)) {
      throw new UsageException("--project: no pom.xml at " + path);
    }
    return pom;
  }

  /** Entries split on the platform's path separator; {@code dir/*} stands for dir's jars. */
  private static List<Path> classPathEntries(String value, Path cwd) throws UsageException {
    List<Path> entries = new ArrayList<>();
    for (String entry : value.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      if (entry.endsWith("*")) {
        Path folder = cwd.resolve(entry.substring(0, entry.length() - 1)).normalize();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.{jar,JAR}")) {
          jars.forEach(entries::add);
        } catch (IOException e) {
          throw new UsageException("--classpath: cannot list " + folder + ": " + e.getMessage());
        }
        continue;
      }
      Path path = cwd.resolve(entry).normalize();
      if (!Files.exists(path)) {
        throw new UsageException("--classpath: no such file: " + path);
      }
      entries.add(path);
    }
    return entries;
  }

  private static String valueOf(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  /** The deepest folder that contains every path (a file stands for its folder). */
  static Path commonBase(List<Path> paths) {
    Path base = null;
    for (Path path : paths) {
      Path folder = Files.isDirectory(path) || path.getParent() == null ? path : path.getParent();
      if (base == null) {
        base = folder;
        continue;
      }
      while (base != null && !folder.startsWith(base)) {
        base = base.getParent();
      }
      if (base == null) { // different file-system roots (drives): nothing is common
        return folder.getRoot();
      }
    }
    return base;
  }
}
