package dev.leakproof.scanner.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a source file strictly as UTF-8. A file in another encoding is refused with the line of
 * its first bad byte rather than guessed at: a wrong guess would shift columns and hide code.
 */
final class SourceText {
  /** Larger files are generated code or data; parsing them would only stall the scan. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private SourceText() {}

  /** Why a file could not be read; the message completes "cannot analyse: …". */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    Unreadable(String reason, int line) {
      super(reason, null, false, false);
      this.line = line;
    }
  }

  static String read(Path file) throws Unreadable {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        // A pipe or device would block or never end; a folder has no text.
        throw new Unreadable(Files.isDirectory(file) ? "it is a folder, not a file"
            : Files.exists(file) ? "not a regular file (a pipe, socket or device)"
            : Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                ? "broken symbolic link (its target does not exist or links back to itself)"
                : "the file disappeared during the scan", 0);
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new Unreadable("file too large (" + size / (1024 * 1024) + " MiB, the limit is "
            + MAX_BYTES / (1024 * 1024) + " MiB)", 0);
      }
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new Unreadable("cannot read the file: permission denied", 0);
    } catch (NoSuchFileException e) {
      throw new Unreadable("the file disappeared during the scan", 0);
    } catch (FileSystemException e) {
      throw new Unreadable("cannot read the file: "
          + (e.getReason() != null ? e.getReason() : e.toString()), 0);
    } catch (IOException e) {
      throw new Unreadable("cannot read the file: " + e, 0);
    }
    return decode(bytes);
  }

  static String decode(byte[] bytes) throws Unreadable {
    // The common case at the JDK's speed: lenient decoding replaces each malformed sequence by
    // U+FFFD, so text without one (and without NUL) is exactly what the strict decoder gives.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0 && lenient.indexOf('\0') < 0) {
      return withoutByteOrderMark(lenient);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) { // legal UTF-8, but no Java source has one: a binary file
        throw new Unreadable(String.format("a binary file, not Java source (NUL byte at"
            + " offset %d)", i), lineOf(bytes, i));
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new Unreadable(String.format(
          "not valid UTF-8 (byte 0x%02X at offset %d); convert the file to UTF-8",
          bytes[offset] & 0xFF, offset), lineOf(bytes, offset));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return withoutByteOrderMark(text);
  }

  /**
   * Whether {@code text}, as {@link #read} gave it, is the whole of {@code file} as it is now:
   * the same length in UTF-8 (no byte-order mark dropped, the file not grown or shrunk since).
   */
  static boolean isWholeFile(Path file, String text) {
    try {
      return Files.size(file) == utf8Length(text);
    } catch (IOException e) {
      return false;
    }
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** A byte-order mark is legal UTF-8 but not Java: dropped, so that columns start at 1. */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The text's lines, split the way JavaParser counts them (\n, \r\n or \r). */
  static List<String> lines(String text) {
    return List.of(text.split("\r\n|\r|\n", -1));
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
