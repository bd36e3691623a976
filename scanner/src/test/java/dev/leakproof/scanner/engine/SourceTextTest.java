package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict UTF-8, whichever way a file is decoded: valid text kept, anything else refused. */
class SourceTextTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void validTextIsKeptWithoutItsByteOrderMark() throws SourceText.Unreadable {
    assertEquals("class A {} // é ✓", SourceText.decode(utf8("class A {} // é ✓")));
    assertEquals("class A {}", SourceText.decode(utf8("\uFEFFclass A {}")));
    // A real replacement character is valid UTF-8, not a sign of a bad byte.
    assertEquals("String s = \"\uFFFD\";", SourceText.decode(utf8("String s = \"\uFFFD\";")));
  }

  @Test
  void badBytesAndNulAreRefusedEvenBesideAReplacementCharacter() {
    byte[] latin1 = "class \u00E9 {}".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(assertThrows(SourceText.Unreadable.class, () -> SourceText.decode(latin1))
        .getMessage().contains("not valid UTF-8 (byte 0xE9 at offset 6)"));
    byte[] both = utf8("// \uFFFD\nclass \u0000 {}");
    assertTrue(assertThrows(SourceText.Unreadable.class, () -> SourceText.decode(both))
        .getMessage().contains("a binary file"));
    byte[] surrogate = {'c', (byte) 0xED, (byte) 0xA0, (byte) 0x80}; // an encoded surrogate
    assertTrue(assertThrows(SourceText.Unreadable.class, () -> SourceText.decode(surrogate))
        .getMessage().contains("not valid UTF-8"));
  }

  @Test
  void theTextIsTheWholeFileUnlessAByteOrderMarkWasDroppedOrTheFileChanged(@TempDir Path folder)
      throws IOException, SourceText.Unreadable {
    Path file = folder.resolve("A.java");
    Files.write(file, utf8("class A {} // é ✓ \uD83D\uDE00\n")); // 1, 2, 3 and 4 bytes a character
    assertTrue(SourceText.isWholeFile(file, SourceText.read(file)));
    Files.write(file, utf8("\uFEFFclass A {}"));
    assertFalse(SourceText.isWholeFile(file, SourceText.read(file)));
    Files.write(file, utf8("class A {} "));
    assertFalse(SourceText.isWholeFile(file, "class A {}"));
  }
}
