package cases.concat;

import java.util.Iterator;

/** Flagged: a string carried across a while loop and extended with +=. */
class CarriedAcrossWhileLoop {
  String render(Iterator<String> parts) {
    String result = "";
    while (parts.hasNext()) {
      result += parts.next(); // expect: StringConcatInLoop
    }
    return result;
  }
}
