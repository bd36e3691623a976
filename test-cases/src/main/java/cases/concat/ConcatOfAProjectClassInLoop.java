package cases.concat;

import java.util.List;

/**
 * Flagged where {@code String.concat} puts the old string into the new one ({@code
 * separator.concat(result)} copies all of {@code result}, like {@code separator + result}).
 * Silent where a method of the project is merely named {@code concat}: {@code path.concat(result)}
 * is {@code UrlPath}'s own method, which returns whatever it likes (here only its segment count),
 * so it is no string concatenation and the loop copies nothing.
 */
class ConcatOfAProjectClassInLoop {
  static final class UrlPath {
    private int segments;

    String concat(String segment) {
      segments++;
      return Integer.toString(segments);
    }
  }

  String prefixed(List<String> parts, String separator) {
    String result = "";
    for (String part : parts) {
      result = separator.concat(result); // expect: StringConcatInLoop
    }
    return result;
  }

  String counted(List<String> parts, UrlPath path) {
    String result = "";
    for (String part : parts) {
      result = path.concat(result);
    }
    return result;
  }
}
