package dev.leakproof.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  @Test
  void aShortScanPrintsNothing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (ProgressDisplay progress =
        new ProgressDisplay(new PrintStream(err, true, StandardCharsets.UTF_8))) {
      progress.started(3);
      progress.fileDone();
      progress.fileDone();
      progress.fileDone();
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }
}
