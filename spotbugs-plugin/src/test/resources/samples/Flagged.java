package samples;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Every line marked "flag" must be reported, and nothing else in this file. */
class Flagged {
  private String text = "";
  private static String log = "";

  String appendAssign(List<String> parts) {
    String s = "";
    for (String part : parts) {
      s += part; // flag
    }
    return s;
  }

  String selfPlus(List<String> parts) {
    String s = "";
    for (int i = 0; i < parts.size(); i++) {
      s = s + parts.get(i) + ","; // flag
    }
    return s;
  }

  String prepend(List<String> parts) {
    String s = "";
    for (String part : parts) {
      s = part + "/" + s; // flag
    }
    return s;
  }

  String primitives(int n, char c) {
    String s = "";
    int i = 0;
    while (i < n) {
      s += i; // flag
      s += c; // flag
      i++;
    }
    return s;
  }

  String doWhile(String start, int width) {
    String s = start;
    do {
      s += " "; // flag
    } while (s.length() < width);
    return s;
  }

  String declaredInForInit(int n) {
    for (String s = ""; ; ) {
      s += "x"; // flag
      if (s.length() > n) {
        return s;
      }
    }
  }

  String resetOnlySometimes(List<String> parts) {
    String s = "";
    for (String part : parts) {
      if (part.isEmpty()) {
        s = "";
      }
      s += part; // flag
    }
    return s;
  }

  String nested(int rows, int cols) {
    String s = "";
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        s += "."; // flag
      }
      s += "\n"; // flag
    }
    return s;
  }

  String tryInLoop(Iterator<String> it) {
    String s = "";
    while (it.hasNext()) {
      try {
        s += it.next(); // flag
      } catch (RuntimeException e) {
        s += "?"; // flag
      }
    }
    return s;
  }

  void field(List<String> parts) {
    for (String part : parts) {
      this.text += part; // flag
    }
  }

  static void staticField(List<String> parts) {
    for (String part : parts) {
      log += part; // flag
    }
  }

  void forEachField(List<String> parts) {
    parts.forEach(p -> text += p); // flag
  }

  void mapForEachField(Map<String, Integer> m) {
    m.forEach((k, v) -> this.text += k + "=" + v); // flag
  }

  static void forEachStaticField(List<String> parts) {
    parts.stream().forEachOrdered(p -> log += p); // flag
  }

  String ternaryOperand(List<String> parts, boolean upper) {
    String s = "";
    for (String part : parts) {
      s += upper ? part.toUpperCase() : part; // flag
    }
    return s;
  }
}
