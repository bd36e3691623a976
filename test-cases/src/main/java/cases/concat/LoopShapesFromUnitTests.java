package cases.concat;

import java.util.Iterator;
import java.util.List;

/**
 * Loop shapes the engines' unit tests used to hold each in their own copy: a string extended on
 * every iteration of a loop that may run again, through an unqualified field, the outer
 * instance's field, a parameter, a variable declared in the for-initialiser or extended in its
 * update, a try and its catch, a ternary operand, and loops whose jumps still come back.
 */
class LoopShapesFromUnitTests {
  private static String log = "";
  private String text = "";
  private int count;

  void unqualifiedField(List<String> parts) {
    for (String part : parts) {
      text = text + part; // expect: StringConcatInLoop
    }
  }

  static void orderedForEach(List<String> parts) {
    parts.stream().forEachOrdered(p -> log += p); // expect: StringConcatInLoop
  }

  class Inner {
    void outerField(List<String> parts) {
      for (String part : parts) {
        LoopShapesFromUnitTests.this.text += part; // expect: StringConcatInLoop
      }
    }
  }

  String parameter(String s, Iterator<String> more) {
    do {
      s += more.next(); // expect: StringConcatInLoop
    } while (more.hasNext());
    return s;
  }

  String declaredInForInitialiser(int n) {
    String last = "";
    for (String s = ""; n-- > 0; ) {
      s += "x"; // expect: StringConcatInLoop
      last = s;
    }
    return last;
  }

  void extendedInForUpdate(int n) {
    for (String s = ""; n-- > 0; s += "-") { // expect: StringConcatInLoop
      count++;
    }
  }

  String tryAndCatch(Iterator<String> it) {
    String s = "";
    while (it.hasNext()) {
      try {
        s += it.next(); // expect: StringConcatInLoop
      } catch (RuntimeException e) {
        s += "?"; // expect: StringConcatInLoop
      }
    }
    return s;
  }

  String resetOnlySometimes(List<String> parts) {
    String s = "";
    for (String part : parts) {
      if (part.isEmpty()) {
        s = "";
      }
      s += part; // expect: StringConcatInLoop
    }
    return s;
  }

  String ternaryOperand(List<String> parts, boolean upper) {
    String s = "";
    for (String part : parts) {
      s += upper ? part.toUpperCase() : part; // expect: StringConcatInLoop
    }
    return s;
  }

  String breakAfterContinue(List<String> parts) {
    String s = "";
    for (String part : parts) {
      if (part.isEmpty()) {
        s += "-"; // expect: StringConcatInLoop
        continue;
      }
      break;
    }
    return s;
  }

  String labelledContinue(List<List<String>> rows) {
    String s = "";
    outer:
    for (List<String> row : rows) {
      for (String cell : row) {
        if (cell.isEmpty()) {
          s += row; // expect: StringConcatInLoop
          continue outer;
        }
      }
      return s;
    }
    return s;
  }

  String singlePassInsideARealLoop(List<String> parts) {
    String s = "";
    for (String part : parts) {
      while (true) {
        s += part; // expect: StringConcatInLoop
        break;
      }
    }
    return s;
  }

  /** A field {@code s} of another type beside a local {@code s}: the local is the string. */
  static final class SameNameInAnotherScope {
    int s;

    void lengths(List<String> parts) {
      for (String p : parts) {
        s += p.length();
      }
      for (String p : parts) {
        String s = "";
        for (int i = 0; i < p.length(); i++) {
          s += p; // expect: StringConcatInLoop
        }
      }
    }
  }
}
