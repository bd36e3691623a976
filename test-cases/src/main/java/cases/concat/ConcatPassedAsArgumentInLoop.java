package cases.concat;

import java.util.ArrayList;
import java.util.List;

/** Silent: a + inside a loop that builds a short new string per element and stores nothing carried. */
class ConcatPassedAsArgumentInLoop {
  List<String> prefixed(String prefix, List<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      out.add(prefix + "." + name);
    }
    return out;
  }
}
