package cases.concat;

/**
 * Not flagged by the source engines: the do-while's own test reads the string, as in
 * {@code PaddedToAFixedWidth}. SpotBugs reports it (known gap): in bytecode a do-while test is
 * the same conditional jump back as an {@code if (…) break;} at the end of an endless loop.
 */
class PaddedInADoWhile {
  static String rightAligned(String text, int width) {
    String padded = text;
    do {
      padded = " " + padded;
    } while (padded.length() < width);
    return padded;
  }
}
