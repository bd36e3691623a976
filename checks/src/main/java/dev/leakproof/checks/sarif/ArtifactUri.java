package dev.leakproof.checks.sarif;

import java.nio.charset.StandardCharsets;

/**
 * Turns a file path relative to the analysis root into a relative URI reference (RFC 3986), as
 * SARIF's {@code artifactLocation.uri} requires.
 *
 * <p>Every byte of the UTF-8 form is percent-encoded except the unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) and the {@code /} separator. Encoding the rest (spaces,
 * {@code %}, {@code #}, {@code ?}, {@code :} and non-ASCII letters among them) means no file name
 * can be misread as a query, a fragment or a URI scheme.
 */
final class ArtifactUri {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ArtifactUri() {}

  /** The URI reference of {@code relativePath} ({@code /} or {@code \} separators). */
  static String of(String relativePath) {
    String path = relativePath.replace('\\', '/');
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    StringBuilder uri = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || c == '/') {
        uri.append((char) c);
      } else {
        uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return uri.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
