package dev.leakproof.scanner;

import dev.leakproof.scanner.cli.CommandLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code java -jar leakproof.jar …}: see {@link CommandLine}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Optional<Integer> relaunched = TunedJvm.relaunch(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.get());
    }
    Optional<ArchiveCoverage> archive = ArchiveCoverage.ofThisJvm();
    int status = new CommandLine(System.out, System.err, Path.of("").toAbsolutePath(),
        onTerminal()).run(args);
    archive.ifPresent(ArchiveCoverage::afterScan);
    System.exit(status);
  }

  /**
   * Whether standard error, where progress goes, is a terminal, even when standard output is
   * redirected ({@code leakproof scan src > report.txt}): {@link System#console()} cannot tell,
   * as it needs standard input and output to be terminals too. On Linux the descriptor's link in
   * {@code /proc/self/fd} names the device; elsewhere a console is the best hint there is.
   */
  static boolean onTerminal() {
    return isTerminalDevice(Path.of("/proc/self/fd/2")).orElseGet(() -> System.console() != null);
  }

  /** Whether the descriptor link points at a terminal; empty when there is no such link. */
  static Optional<Boolean> isTerminalDevice(Path descriptorLink) {
    try {
      String target = Files.readSymbolicLink(descriptorLink).toString();
      return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
          || target.equals("/dev/console"));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }
}
