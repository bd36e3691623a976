package dev.leakproof.scanner.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
    out.reset();
    err.reset();
    return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), cwd).run(args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
