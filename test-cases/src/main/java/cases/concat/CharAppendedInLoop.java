package cases.concat;

/** Flagged: appending one char at a time is the worst case of the quadratic copy. */
class CharAppendedInLoop {
  String onlyLetters(String input) {
    String letters = "";
    for (char c : input.toCharArray()) {
      if (Character.isLetter(c)) {
        letters += c; // expect: StringConcatInLoop
      }
    }
    return letters;
  }
}
