package cases.concat;

/** Silent: a few += on a String with no loop around them copy a bounded number of times. */
class ConcatOutsideAnyLoop {
  String greeting(String name, String place) {
    String text = "Hello, ";
    text += name;
    text += " from ";
    text += place;
    return text;
  }
}
