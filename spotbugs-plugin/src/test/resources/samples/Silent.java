package samples;

import java.util.ArrayList;
import java.util.List;

/** Look-alikes: nothing in this file may be reported. */
class Silent {
  private String text = "";
  String name = "";

  List<String> declaredInside(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      String line = "";
      line += part;
      line += ";";
      out.add(line);
    }
    return out;
  }

  List<String> initialisedFromConcatInside(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      String line = "<" + part;
      line += ">";
      out.add(line);
    }
    return out;
  }

  String afterLoop(List<String> parts, String suffix) {
    String s = "";
    for (String part : parts) {
      s = part;
    }
    s += suffix;
    return s;
  }

  String cannotIterateTwice(List<String> parts) {
    String s = "";
    for (String part : parts) {
      s += part;
      break;
    }
    return s;
  }

  String returnsInFirstIteration(List<String> parts) {
    String s = "";
    while (true) {
      s += parts.get(0);
      return s;
    }
  }

  String builder(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      sb.append(part).append(',');
    }
    return sb.toString();
  }

  String otherVariable(List<String> parts) {
    String s = "x";
    String t = "";
    for (String part : parts) {
      t = s + part;
    }
    return t;
  }

  List<String> resetAfterUse(List<String> parts) {
    List<String> out = new ArrayList<>();
    String s = "";
    for (String part : parts) {
      s += part;
      out.add(s);
      s = "";
    }
    return out;
  }

  void fieldOfEachElement(List<Silent> items) {
    for (Silent item : items) {
      item.name += "!";
    }
  }

  void fieldOfEachElementInForEach(List<Silent> items) {
    items.forEach(item -> item.name += "!");
  }

  Runnable lambdaNotForEach() {
    return () -> text += "x";
  }

  void localInsideForEachLambda(List<String> parts, List<String> out) {
    parts.forEach(p -> {
      String s = "";
      s += p;
      out.add(s);
    });
  }

  String concatOnce(String a, String b) {
    String s = a;
    s += b;
    return s;
  }

  String otherObjectType(List<String> parts) {
    Object o = "";
    for (String part : parts) {
      o = o.toString() + part;
    }
    return o.toString();
  }
}
