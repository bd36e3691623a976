package cases.concat;

import java.util.Iterator;

/** Silent: the body always returns, so the concatenation runs at most once. */
class LoopEndsInUnconditionalReturn {
  String headline(Iterator<String> titles) {
    String headline = "Today: ";
    while (titles.hasNext()) {
      headline += titles.next();
      return headline;
    }
    return headline;
  }
}
