package cases.concat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Silent: the anonymous class inside the loop has its own local {@code summary} (shadowing the
 * method's) and extends it once, after its own loop; nothing is carried across any iteration.
 */
class AnonymousClassLocalInsideLoop {
  String summaries(List<String> names) {
    String summary = "names: " + names.size();
    List<Supplier<String>> suppliers = new ArrayList<>();
    for (final String name : names) {
      suppliers.add(new Supplier<String>() {
        @Override
        public String get() {
          String summary = name;
          int vowels = 0;
          for (char c : name.toCharArray()) {
            if ("aeiou".indexOf(c) >= 0) {
              vowels++;
            }
          }
          summary += " has " + vowels + " vowels";
          return summary;
        }
      });
    }
    return summary + " / " + suppliers.size();
  }
}
