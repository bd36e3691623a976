package cases.outerinstance;

/** Silent: the inner instance lives in a local variable and is used and dropped within the call. */
class InnerInstanceInLocalOnly {
  private int total;

  private final class Adder {
    void add(int n) {
      total += n;
    }
  }

  int sum(int[] values) {
    Adder adder = new Adder();
    for (int v : values) {
      adder.add(v);
    }
    return total;
  }
}
