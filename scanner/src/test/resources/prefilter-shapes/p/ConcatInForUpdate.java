package p;

class ConcatInForUpdate {
  String dashes(int n, boolean[] marks) {
    String s = "";
    for (int i = 0; i < n; i++, s += "-") {
      marks[i] = true;
    }
    return s;
  }
}
