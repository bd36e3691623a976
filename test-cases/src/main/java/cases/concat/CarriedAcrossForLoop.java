package cases.concat;

import java.util.List;

/** The classic: a result string rebuilt on every iteration of a counted loop. */
class CarriedAcrossForLoop {
  String render(List<String> parts) {
    String result = "";
    for (int i = 0; i < parts.size(); i++) {
      result += parts.get(i); // expect: StringConcatInLoop
    }
    return result;
  }
}
