package cases.concat;

/** Flagged: a string declared outside both loops and extended in the inner one. */
class OuterVariableExtendedInNestedLoop {
  String grid(int rows, int columns) {
    String grid = "";
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        grid += "."; // expect: StringConcatInLoop
      }
      grid += "\n"; // expect: StringConcatInLoop
    }
    return grid;
  }
}
