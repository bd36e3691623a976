package cases.concat;

import java.util.List;

/** Silent: the loop only counts; the one concatenation happens after it. */
class ConcatAfterLoop {
  String summary(List<String> items) {
    String summary = "items: ";
    int count = 0;
    for (String item : items) {
      if (!item.isEmpty()) {
        count++;
      }
    }
    summary += count;
    return summary;
  }
}
