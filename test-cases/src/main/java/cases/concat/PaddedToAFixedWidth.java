package cases.concat;

/**
 * Not flagged: the loop's own test reads the string (Jetty's {@code StringUtil} pads a hex
 * string to twelve digits), so the string decides when the loop stops: it grows only as far as
 * the code asks, whatever the input.
 */
class PaddedToAFixedWidth {
  static String hex12(long value) {
    String hex = Long.toHexString(value);
    while (hex.length() < 12) {
      hex = "0" + hex;
    }
    return hex;
  }
}
