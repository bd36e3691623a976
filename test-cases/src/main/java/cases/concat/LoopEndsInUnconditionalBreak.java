package cases.concat;

import java.util.List;

/** Silent: the body ends in an unconditional break, so the loop can never run a second iteration. */
class LoopEndsInUnconditionalBreak {
  String firstWithPrefix(List<String> parts) {
    String result = "first: ";
    for (String part : parts) {
      result += part;
      break;
    }
    return result;
  }
}
