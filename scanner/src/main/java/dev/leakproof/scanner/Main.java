package dev.leakproof.scanner;

import dev.leakproof.scanner.cli.CommandLine;
import java.io.Console;
import java.nio.file.Path;

/** {@code java -jar leakproof.jar …}: see {@link CommandLine}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = new CommandLine(System.out, System.err, Path.of("").toAbsolutePath(),
        onTerminal()).run(args);
    System.exit(status);
  }

  /**
   * Whether the user watches a terminal. Java 22+ may return a console even when output is
   * redirected; its {@code isTerminal()} (looked up by name: the scanner runs on Java 17) tells.
   */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true; // Java 17 to 21: a console means a terminal
    }
  }
}
