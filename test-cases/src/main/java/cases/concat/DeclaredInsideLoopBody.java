package cases.concat;

import java.util.ArrayList;
import java.util.List;

/** Silent: the string is declared in the body and starts fresh each iteration, so nothing is carried. */
class DeclaredInsideLoopBody {
  List<String> quote(List<String> lines) {
    List<String> quoted = new ArrayList<>();
    for (String line : lines) {
      String q = "> " + line;
      q += "!";
      quoted.add(q);
    }
    return quoted;
  }
}
