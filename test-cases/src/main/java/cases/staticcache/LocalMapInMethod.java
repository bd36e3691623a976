package cases.staticcache;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Silent: the map is local to the call and becomes garbage when it returns. */
class LocalMapInMethod {
  static Map<Character, Integer> firstLetters(List<String> words) {
    Map<Character, Integer> counts = new HashMap<>();
    for (String word : words) {
      if (!word.isEmpty()) {
        counts.merge(word.charAt(0), 1, Integer::sum);
      }
    }
    return counts;
  }
}
