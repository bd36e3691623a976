package cases.concat;

import java.util.Iterator;

/**
 * Flagged: a string carried across a do-while loop and extended with +=. (A loop whose own test
 * reads the string, such as padding to a width, is not: see {@code PaddedToAFixedWidth}.)
 */
class CarriedAcrossDoWhileLoop {
  String words(String first, Iterator<String> more) {
    String text = first;
    do {
      text += " " + more.next(); // expect: StringConcatInLoop
    } while (more.hasNext());
    return text;
  }
}
