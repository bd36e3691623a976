package dev.leakproof.checks.sarif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes SARIF 2.1.0. Rules come from the catalog; the same run always gives the same bytes.
 */
public final class SarifWriter {
  private SarifWriter() {}

  /** The SARIF log of {@code run}, as JSON text. */
  public static String toJson(SarifRun run) {
    throw new UnsupportedOperationException("SARIF writer not written yet");
  }

  /** Writes the SARIF log of {@code run} to {@code file} (UTF-8), creating parent folders. */
  public static void write(SarifRun run, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(run), StandardCharsets.UTF_8);
  }
}
