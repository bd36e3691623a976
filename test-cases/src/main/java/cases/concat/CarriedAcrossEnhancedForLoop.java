package cases.concat;

import java.util.List;

/** Flagged: a result string carried across an enhanced-for loop and extended with +=. */
class CarriedAcrossEnhancedForLoop {
  String render(List<String> parts) {
    String result = "";
    for (String part : parts) {
      result += part; // expect: StringConcatInLoop
    }
    return result;
  }
}
