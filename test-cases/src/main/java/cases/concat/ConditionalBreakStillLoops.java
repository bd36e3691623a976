package cases.concat;

import java.util.Iterator;

/** Flagged: the body ends in a break only under a condition, so the loop can iterate many times. */
class ConditionalBreakStillLoops {
  String upTo(Iterator<String> words, int limit) {
    String text = "";
    while (words.hasNext()) {
      text += words.next() + " "; // expect: StringConcatInLoop
      if (text.length() > limit) {
        break;
      }
    }
    return text;
  }
}
