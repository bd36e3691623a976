package dev.leakproof.scanner;

import dev.leakproof.scanner.cli.CommandLine;
import java.nio.file.Path;

/** {@code java -jar leakproof.jar …}: see {@link CommandLine}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = new CommandLine(System.out, System.err, Path.of("").toAbsolutePath()).run(args);
    System.exit(status);
  }
}
