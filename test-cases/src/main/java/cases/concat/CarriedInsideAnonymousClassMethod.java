package cases.concat;

import java.util.List;
import java.util.function.Supplier;

/** Flagged: a method of an anonymous class carries its own local across its own loop. */
class CarriedInsideAnonymousClassMethod {
  Supplier<String> renderer(final List<String> parts) {
    return new Supplier<String>() {
      @Override
      public String get() {
        String result = "";
        for (String part : parts) {
          result += part; // expect: StringConcatInLoop
        }
        return result;
      }
    };
  }
}
