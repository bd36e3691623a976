package p;

import java.util.Iterator;

class ConcatFieldInWhile {
  private String text = "";

  void read(Iterator<String> lines) {
    while (lines.hasNext()) {
      this.text += lines.next();
    }
  }
}
