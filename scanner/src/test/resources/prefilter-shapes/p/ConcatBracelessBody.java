package p;

class ConcatBracelessBody {
  String joined(String[] parts) {
    String s = "";
    for (String part : parts)
      s += part;
    return s;
  }
}
