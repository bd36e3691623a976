package cases.concat;

/** Flagged: appending an int converts it and still copies the whole carried string. */
class IntAppendedInLoop {
  String countTo(int n) {
    String digits = "";
    for (int i = 0; i < n; i++) {
      digits += i; // expect: StringConcatInLoop
    }
    return digits;
  }
}
