package p;

import java.util.List;

class ConcatWrapped {
  String nested(List<String> names) {
    String s = "";
    for (String name : names) {
      s = "(" + s + name + ")";
    }
    return s;
  }

  String prepended(List<String> names) {
    String s = "";
    for (String name : names) {
      s = name.concat(s);
    }
    return s;
  }
}
