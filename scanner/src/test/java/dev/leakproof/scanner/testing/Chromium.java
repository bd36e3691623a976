package dev.leakproof.scanner.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium (the Debian package {@code chromium}) that opens a page from disk and
 * returns the DOM it built and every message it wrote to the console, which is how a page's
 * errors (a script error, a blocked resource load) show.
 *
 * <p>Where no Chromium is installed: on CI ({@code CI} set, as .ci/run runs) that is a failure,
 * as .ci/run installs it; on a developer's machine the test is skipped with a loud message.
 */
public final class Chromium {
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** What Chromium made of a page. */
  public record Page(String dom, List<String> consoleMessages) {}

  /** The installed Chromium; skips (or on CI fails) the calling test when there is none. */
  public static Chromium require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      String message = "No Chromium found on PATH (" + String.join(", ", NAMES)
          + "): install it with 'apt-get install -y chromium' to render the HTML report.";
      if (System.getenv("CI") != null) {
        Assertions.fail(message + " On CI, ./build installs it when run as root with apt-get.");
      }
      System.err.println("!!! SKIPPED: " + message);
      Assumptions.abort(message);
    }
    return new Chromium(found.get());
  }

  private static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : NAMES) {
      for (String folder : path.split(File.pathSeparator)) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Opens {@code html} and returns the DOM after loading, with the console's messages. */
  public Page open(Path html, Path scratch) throws IOException, InterruptedException {
    Path stdout = scratch.resolve("dom.html");
    Path stderr = scratch.resolve("chromium.log");
    run(List.of("--dump-dom", html.toUri().toString()), scratch, stdout, stderr);
    List<String> console = new ArrayList<>();
    for (String line : Files.readAllLines(stderr, StandardCharsets.UTF_8)) {
      if (line.contains(":CONSOLE")) {
        console.add(line);
      }
    }
    return new Page(Files.readString(stdout, StandardCharsets.UTF_8), console);
  }

  /** A PNG of the page at {@code width}×{@code height} pixels. */
  public void screenshot(Path html, Path png, int width, int height, Path scratch)
      throws IOException, InterruptedException {
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", html.toUri().toString()), scratch,
        scratch.resolve("screenshot.out"), scratch.resolve("screenshot.log"));
    Assertions.assertTrue(Files.size(png) > 0, "no screenshot written");
  }

  private void run(List<String> arguments, Path scratch, Path stdout, Path stderr)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless",
        "--no-sandbox", // tests may run as root (CI), where the sandbox refuses to start
        "--disable-gpu", "--no-first-run", "--disable-extensions",
        "--user-data-dir=" + scratch.resolve("profile"),
        "--enable-logging=stderr", "--v=0"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      Assertions.fail("Chromium did not finish in 120 s: " + command);
    }
    Assertions.assertEquals(0, process.exitValue(),
        () -> "Chromium failed: " + command + "\n" + read(stderr));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
