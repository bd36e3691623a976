package cases.concat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Silent look-alikes the engines' unit tests used to hold each in their own copy: the loop
 * variable itself, loops that cannot run twice, another object's field, a lambda that is not
 * run per element, a local of a forEach lambda, an extension in the loop header that runs
 * once, a field of an anonymous class, a string read and reset on every iteration, and a
 * variable that is not a String.
 */
class LookAlikesFromUnitTests {
  String label = "";

  String loopVariable(List<String> parts) {
    String last = "";
    for (String part : parts) {
      part += "!";
      last = part;
    }
    return last;
  }

  String throwsInFirstIteration(Iterator<String> it) {
    String s = "";
    while (it.hasNext()) {
      s += it.next();
      throw new IllegalStateException(s);
    }
    return s;
  }

  String doWhileFalse(String s) {
    do {
      s += "x";
    } while (false);
    return s;
  }

  void otherObjectsField(List<LookAlikesFromUnitTests> items) {
    for (LookAlikesFromUnitTests item : items) {
      item.label += "!";
    }
    items.forEach(item -> item.label += "?");
  }

  long lambdaNotPerElement(List<String> parts) {
    return parts.stream().map(p -> label += p).count();
  }

  void localInsideForEachLambda(List<String> parts, final List<String> out) {
    parts.forEach(p -> {
      String s = "";
      s += p;
      out.add(s);
    });
  }

  String loopHeaderOnly(List<String> parts, int n) {
    String s = "";
    for (s += "["; n > 0; n--) {
      s = "x";
    }
    for (String part : Arrays.asList(s += "]")) {
      s = part;
    }
    return s;
  }

  void anonymousClassInsideLoop(List<String> parts) {
    for (final String part : parts) {
      new Object() {
        String own = "";

        void add() {
          own += part;
        }
      }.add();
    }
  }

  List<String> readAndResetEachIteration(List<String> parts) {
    List<String> out = new ArrayList<>();
    String s = "";
    for (String part : parts) {
      s += part;
      out.add(s);
      s = "";
    }
    return out;
  }

  String notAString(List<String> parts) {
    Object o = "";
    for (String part : parts) {
      o = o.toString() + part;
    }
    return o.toString();
  }
}
