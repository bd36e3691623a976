package cases.concat;

import java.util.List;

/** Flagged: prepending ({@code s = x + s}) copies the carried string on every iteration too. */
class PrependedInLoop {
  String reversePath(List<String> segments) {
    String path = "";
    for (String segment : segments) {
      path = "/" + segment + path; // expect: StringConcatInLoop
    }
    return path;
  }
}
