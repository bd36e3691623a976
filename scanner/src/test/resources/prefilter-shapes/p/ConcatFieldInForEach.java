package p;

import java.util.List;

class ConcatFieldInForEach {
  private String all = "";

  void add(List<String> names) {
    names.forEach(name -> all = all + name);
  }
}
