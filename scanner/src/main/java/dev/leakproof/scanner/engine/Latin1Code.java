package dev.leakproof.scanner.engine;

import java.nio.charset.StandardCharsets;

/**
 * A text's characters as one byte each, as {@link SourceWords} reads them: a Latin-1 character
 * as itself, any other as a stand-in byte of the same kind (a letter, another part of a name, a
 * space, anything else), so that the byte's kind is the character's, as {@link
 * Character#isJavaIdentifierStart(char)}, {@link Character#isJavaIdentifierPart(char)} and {@link
 * Character#isWhitespace(char)} tell it. Nearly every source file is Latin-1 (all but 42 of the
 * nine bench libraries' 5,242 files, whose other characters are mostly in comments), and a
 * Latin-1 string's bytes are copied at once, where {@code toCharArray} widened each character
 * (a tenth of the prefilter's samples under C1) into twice the memory.
 */
final class Latin1Code {
  /** A letter (starts a name). */
  static final byte LETTER = 0;
  /** Part of a name that cannot start one (a digit, an ignorable control character). */
  static final byte DIGIT = 1;
  /** White space. */
  static final byte SPACE_KIND = 2;
  /** Anything else. */
  static final byte OTHER = 3;

  /**
   * The byte that replaces the first character of a literal when it is blanked: a space that
   * tells where a literal was ({@code f("x")} has an argument). The reader turns that character
   * of the code itself (a control character) into a plain space.
   */
  static final byte LITERAL_START = 0x1F;

  /** Per byte value, its kind. */
  static final byte[] KINDS = new byte[256];
  static final boolean[] IDENTIFIER_START = new boolean[256];
  static final boolean[] IDENTIFIER_PART = new boolean[256];
  static final boolean[] SPACE = new boolean[256];

  /** Per kind, the Latin-1 character standing in for a character past Latin-1 of that kind. */
  private static final byte[] STAND_IN = {(byte) 0xAA, (byte) 0x80, 0x1C, (byte) 0xA7};

  static {
    for (int c = 0; c < 256; c++) {
      KINDS[c] = kindOf((char) c);
      IDENTIFIER_START[c] = KINDS[c] == LETTER;
      IDENTIFIER_PART[c] = KINDS[c] <= DIGIT;
      SPACE[c] = KINDS[c] == SPACE_KIND;
    }
    KINDS[LITERAL_START] = OTHER; // a space, but the reader must see it (SPACE still says so)
    for (byte kind = LETTER; kind <= OTHER; kind++) {
      if (kindOf((char) (STAND_IN[kind] & 0xFF)) != kind) {
        throw new AssertionError("stand-in of kind " + kind);
      }
    }
  }

  private Latin1Code() {}

  /**
   * The kind of {@code c}. Every character is one of the four (a letter is also a part of a
   * name, no part of a name is space), checked over all chars by Latin1CodeTest.
   */
  static byte kindOf(char c) {
    if (Character.isJavaIdentifierStart(c)) {
      return LETTER;
    }
    if (Character.isJavaIdentifierPart(c)) {
      return DIGIT;
    }
    return Character.isWhitespace(c) ? SPACE_KIND : OTHER;
  }

  /**
   * The text's characters as Latin-1 bytes: a copy of its own bytes when it is a Latin-1
   * string; else each character past Latin-1 a {@code ?} (a pair of surrogates one), which the
   * reader must check.
   */
  static byte[] copy(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The text's characters, each past Latin-1 replaced by the stand-in of its kind. */
  static byte[] standIns(String text) {
    byte[] code = new byte[text.length()];
    for (int i = 0; i < code.length; i++) {
      char c = text.charAt(i);
      code[i] = c < 256 ? (byte) c : STAND_IN[kindOf(c)];
    }
    return code;
  }
}
