package dev.leakproof.scanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of {@code scan}, checked: every path exists and lies under the root.
 *
 * @param paths absolute, normalised
 * @param root the folder report paths are relative to
 */
record ScanOptions(Format format, Optional<Path> output, Path root, List<Path> paths) {
  enum Format { TEXT, SARIF }

  static ScanOptions parse(List<String> args, Path cwd) throws UsageException {
    Format format = Format.TEXT;
    Optional<Path> output = Optional.empty();
    Optional<Path> root = Optional.empty();
    List<Path> paths = new ArrayList<>();
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
      switch (name) {
        case "--" -> optionsEnded = true;
        case "--format" -> {
          value = value != null ? value : valueOf(args, ++i, name);
          format = switch (value) {
            case "text" -> Format.TEXT;
            case "sarif" -> Format.SARIF;
            default -> throw new UsageException(
                "unknown format '" + value + "' for --format: use text or sarif");
          };
        }
        case "--output" -> output = Optional.of(
            cwd.resolve(value != null ? value : valueOf(args, ++i, name)).normalize());
        case "--root" -> root = Optional.of(
            cwd.resolve(value != null ? value : valueOf(args, ++i, name)).normalize());
        default -> throw new UsageException("unknown option '" + arg + "' for scan");
      }
    }
    if (paths.isEmpty()) {
      throw new UsageException("scan needs at least one PATH (a .java file or a folder)");
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UsageException("no such file or folder: " + path);
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
    return new ScanOptions(format, output, base, List.copyOf(paths));
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
