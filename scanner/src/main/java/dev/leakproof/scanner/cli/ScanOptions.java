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

/**
 * The arguments of {@code scan}, checked: every path exists and lies under the root.
 *
 * @param paths absolute, normalised; a {@code pom.xml} among them stays a pom here
 * @param root the folder report paths are relative to
 * @param classPath {@code --classpath} entries, absolute, {@code dir/*} expanded to its jars
 * @param projects the {@code pom.xml} files whose dependencies to use: those given as PATH and
 *     with {@code --project}
 */
record ScanOptions(Format format, Optional<Path> output, Path root, List<Path> paths,
    List<Path> classPath, List<Path> projects, SourceFilter filter, RuleSelection rules,
    FailOn failOn, Optional<Path> cache) {
  enum Format { TEXT, SARIF }

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

  static ScanOptions parse(List<String> args, Path cwd) throws UsageException {
    Format format = Format.TEXT;
    Optional<Path> output = Optional.empty();
    Optional<Path> cache = Optional.empty();
    Optional<Path> root = Optional.empty();
    List<Path> paths = new ArrayList<>();
    List<Path> classPath = new ArrayList<>();
    List<Path> projects = new ArrayList<>();
    List<String> includes = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    RuleSelection rules = RuleSelection.all();
    FailOn failOn = FailOn.WARNING;
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
      if (!name.equals("--") && value == null) {
        value = valueOf(args, ++i, name);
      }
      switch (name) {
        case "--" -> optionsEnded = true;
        case "--format" -> format = switch (value) {
          case "text" -> Format.TEXT;
          case "sarif" -> Format.SARIF;
          default -> throw new UsageException(
              "unknown format '" + value + "' for --format: use text or sarif");
        };
        case "--output" -> output = Optional.of(cwd.resolve(value).normalize());
        case "--cache" -> cache = Optional.of(cwd.resolve(value).normalize());
        case "--root" -> root = Optional.of(cwd.resolve(value).normalize());
        case "--classpath", "-cp" -> classPath.addAll(classPathEntries(value, cwd));
        case "--project" -> projects.add(pomOf(cwd.resolve(value).normalize()));
        case "--include" -> includes.add(value);
        case "--exclude" -> excludes.add(value);
        case "--rules" -> {
          try {
            rules = RuleSelection.parse(value);
          } catch (IllegalArgumentException e) {
            throw new UsageException("--rules: " + e.getMessage());
          }
        }
        case "--fail-on" -> failOn = switch (value) {
          case "none" -> FailOn.NONE;
          case "warning" -> FailOn.WARNING;
          case "error" -> FailOn.ERROR;
          default -> throw new UsageException(
              "unknown level '" + value + "' for --fail-on: use none, warning or error");
        };
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
    SourceFilter filter;
    try {
      filter = SourceFilter.of(includes, excludes);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--include/--exclude: " + e.getMessage());
    }
    return new ScanOptions(format, output, base, List.copyOf(paths), List.copyOf(classPath),
        List.copyOf(projects), filter, rules, failOn, cache);
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
