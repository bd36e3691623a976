package dev.leakproof.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void aDescriptorLinkedToATerminalDeviceIsATerminal() throws Exception {
    assertEquals(Optional.of(true), Main.isTerminalDevice(
        Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3"))));
    assertEquals(Optional.of(true), Main.isTerminalDevice(
        Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1"))));
    // Redirected to a file or a pipe.
    assertEquals(Optional.of(false), Main.isTerminalDevice(
        Files.createSymbolicLink(dir.resolve("file"), dir.resolve("log.txt"))));
    assertEquals(Optional.of(false), Main.isTerminalDevice(
        Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[1234]"))));
    // No /proc (macOS, Windows): unknown, so the caller falls back.
    assertEquals(Optional.empty(), Main.isTerminalDevice(dir.resolve("absent")));
  }
}
