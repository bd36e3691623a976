package p;

import java.util.Iterator;

class ConcatIfInBracelessDo {
  String kept(Iterator<String> it) {
    String s = "";
    do
      if (it.hasNext()) s = s + it.next();
    while (it.hasNext());
    return s;
  }
}
