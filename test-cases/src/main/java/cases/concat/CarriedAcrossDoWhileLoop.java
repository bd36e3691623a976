package cases.concat;

/** Flagged: a string carried across a do-while loop and extended with +=. */
class CarriedAcrossDoWhileLoop {
  String pad(String text, int width) {
    String padded = text;
    do {
      padded += " "; // expect: StringConcatInLoop
    } while (padded.length() < width);
    return padded;
  }
}
