package dev.leakproof.scanner.engine;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What another file's analysis can see of a source file, in two fingerprints. Its code: the
 * text less its comments, which the scanner's parses never put in a tree, every other token at
 * its line and column. Its outline: the tokens of its declarations, in order, not where they
 * are: the file as the type solvers parse it for a neighbour ({@link DeclarationsOnly}: method
 * and constructor bodies blanked), less comments, each run of white space one space. A re-scan
 * with {@code --cache} keeps the results of a file whose analysis read another file only for its
 * declarations when that file's edit left its outline as it was (lines added or changed inside
 * a body, a comment), and of a file whose rules read the other's bodies too ({@link Bodies}:
 * recorded per file in {@link SourceReads}) when its code stayed the same. The outline leaves
 * out positions because no rule's result depends on where another file's declaration is, only
 * on what it declares; where a rule looks at another file's code, it reads bodies.
 */
final class SourceOutline {
  private SourceOutline() {}

  /** The two fingerprints of a text. */
  record Fingerprints(String code, String outline) {}

  /**
   * The fingerprints of {@code text}; both are the fingerprint of the whole text, so that any
   * edit counts, where this reading is not sure of the comments (a text block, a Unicode escape,
   * an unterminated literal or comment).
   */
  static Fingerprints of(String text) {
    if (text.contains("\"\"\"") || text.contains("\\u")) {
      return whole(text);
    }
    Optional<String> code = withoutComments(text);
    if (code.isEmpty()) {
      return whole(text);
    }
    // Nothing blanked (an interface) or not sure: every body is in the outline.
    String declarations = DeclarationsOnly.of(text).map(DeclarationsOnly.Blanked::declarations)
        .flatMap(SourceOutline::withoutComments).orElse(code.get());
    return new Fingerprints(hashed("c", code.get()), hashed("o", tokensOnly(declarations)));
  }

  private static Fingerprints whole(String text) {
    String whole = hashed("w", text);
    return new Fingerprints(whole, whole);
  }

  private static String hashed(String kind, String text) {
    return kind + ResultCache.hash(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code text} with every comment's characters but its line ends made spaces, so every other
   * token keeps its place (then {@link #withoutTrailingSpace}); empty when a literal or comment
   * does not end where it must. The text has no text block and no Unicode escape (a {@code "} or
   * {@code /} spelled as one).
   */
  static Optional<String> withoutComments(String text) {
    char[] out = text.toCharArray();
    int n = out.length;
    int i = 0;
    while (i < n) {
      char c = out[i];
      if (c == '/' && i + 1 < n && out[i + 1] == '/') {
        while (i < n && out[i] != '\n' && out[i] != '\r') {
          out[i++] = ' ';
        }
      } else if (c == '/' && i + 1 < n && out[i + 1] == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return Optional.empty();
        }
        for (; i < end + 2; i++) {
          if (out[i] != '\n' && out[i] != '\r') {
            out[i] = ' ';
          }
        }
      } else if (c == '"' || c == '\'') {
        int end = DeclarationsOnly.literalEnd(text, i);
        if (end < 0) {
          return Optional.empty();
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return Optional.of(withoutTrailingSpace(out));
  }

  /**
   * {@code code} (without comments) with each run of white space outside literals one space:
   * the same tokens in the same order, wherever they are.
   */
  static String tokensOnly(String code) {
    StringBuilder tokens = new StringBuilder(code.length());
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int end = DeclarationsOnly.literalEnd(code, i);
        int after = end < 0 ? n : end + 1; // not in a text withoutComments read
        tokens.append(code, i, after);
        i = after;
      } else if (Character.isWhitespace(c)) {
        while (i < n && Character.isWhitespace(code.charAt(i))) {
          i++;
        }
        if (tokens.length() > 0 && i < n) {
          tokens.append(' ');
        }
      } else {
        tokens.append(c);
        i++;
      }
    }
    return tokens.toString();
  }

  /**
   * {@code text} without the white space that ends each line and the text: it moves no token,
   * and a comment made spaces, at a line's or the file's end, leaves the same text as no comment.
   */
  private static String withoutTrailingSpace(char[] text) {
    StringBuilder kept = new StringBuilder(text.length);
    int lineStart = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == '\n' || text[i] == '\r') {
        int end = i;
        while (end > lineStart && Character.isWhitespace(text[end - 1])) {
          end--;
        }
        kept.append(text, lineStart, end - lineStart);
        if (i < text.length) {
          kept.append(text[i]);
        }
        lineStart = i + 1;
      }
    }
    int end = kept.length();
    while (end > 0 && Character.isWhitespace(kept.charAt(end - 1))) {
      end--;
    }
    kept.setLength(end);
    return kept.toString();
  }
}
