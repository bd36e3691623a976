package cases.concat;

import java.util.List;

/** Silent: the variable outlives the loop but each iteration assigns a new concatenation that does not read it. */
class FreshConcatEachIteration {
  String lastEntry(List<String> keys, List<String> values) {
    String entry = "";
    for (int i = 0; i < keys.size(); i++) {
      entry = keys.get(i) + "=" + values.get(i);
    }
    return entry;
  }
}
