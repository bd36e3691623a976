package cases.outerinstance;

import java.util.function.Supplier;

/** Flagged: the lambda reads an instance field, so it captures {@code this}; a static field then keeps the object alive. */
class ThisLambdaInStaticField {
  private static Supplier<String> describer;

  private final String name;

  ThisLambdaInStaticField(String name) {
    this.name = name;
  }

  void makeCurrent() {
    describer = () -> this.name; // expect: OuterInstanceRetention
  }

  static String describeCurrent() {
    return describer == null ? "none" : describer.get();
  }
}
