package dev.leakproof.scanner.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process from a folder and keeps what the last run printed. */
final class Cli {
  private final Path cwd;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  Cli(Path cwd) {
    this.cwd = cwd;
  }

  /** Runs {@code args} and returns the exit status; {@link #out} and {@link #err} start empty. */
  int run(String... args) {
    return run(false, args);
  }

  /** Runs {@code args} as if standard error were a terminal or not. */
  int run(boolean stderrIsTerminal, String... args) {
    out.reset();
    err.reset();
    return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), cwd, stderrIsTerminal).run(args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The finding lines of a text report: those before the per-rule summary. */
  List<String> findingLines() {
    return out().lines().takeWhile(line -> !line.isEmpty()).toList();
  }

  /** The per-rule summary of a text report: the lines after the blank line. */
  List<String> summaryLines() {
    return out().lines().dropWhile(line -> !line.isEmpty()).skip(1).toList();
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
