package dev.leakproof.errorprone.sarif;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines and columns of one source file, from character offsets. Columns are 1-based UTF-16
 * code units, SARIF's default; javac's own column numbers expand tabs, SARIF's do not.
 */
final class SourceText {
  private final CharSequence text;
  private final int[] lineStarts;

  private SourceText(CharSequence text, int[] lineStarts) {
    this.text = text;
    this.lineStarts = lineStarts;
  }

  static SourceText of(CharSequence text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return new SourceText(text, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The 1-based line holding {@code offset}. */
  int line(long offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  /** The 1-based column of {@code offset} in its line. */
  int column(long offset) {
    return (int) (offset - lineStarts[line(offset) - 1]) + 1;
  }

  /** The text of 1-based {@code line}, without its line terminator. */
  String lineText(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }
}
