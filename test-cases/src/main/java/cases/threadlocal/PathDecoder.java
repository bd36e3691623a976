package cases.threadlocal;

/**
 * Not a case by itself: the decoding helpers that {@link ScratchBufferLentToADecoderOfAnotherFile}
 * and {@link BufferLentLookAlikes} lend their per-thread buffers to, in a file of their own (as
 * Undertow's {@code URLUtils.decode(.., StringBuilder buffer)} is to its {@code
 * URLDecodingHandler}).
 */
public final class PathDecoder {
  private PathDecoder() {}

  /** Empties the buffer first, appends to it, and keeps it: Undertow's {@code URLUtils.decode}. */
  public static String decode(String s, boolean plusIsSpace, StringBuilder buffer) {
    buffer.setLength(0);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (plusIsSpace && c == '+') {
        buffer.append(' ');
      } else {
        buffer.append(c);
      }
    }
    return buffer.toString();
  }

  /** Appends without emptying: the caller's buffer keeps everything it was ever given. */
  public static void appendDecoded(String s, StringBuilder buffer) {
    for (int i = 0; i < s.length(); i++) {
      buffer.append(s.charAt(i) == '+' ? ' ' : s.charAt(i));
    }
  }

  /** Empties first, but hands the buffer back to the caller, who may go on filling it. */
  public static StringBuilder decodeInto(String s, StringBuilder buffer) {
    buffer.setLength(0);
    return buffer.append(s.replace('+', ' '));
  }

  /** An instance method a subclass may override: its body is not the one that must run. */
  public static class Decoder {
    public String decode(String s, StringBuilder buffer) {
      buffer.setLength(0);
      buffer.append(s.replace('+', ' '));
      return buffer.toString();
    }
  }
}
