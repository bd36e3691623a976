package dev.leakproof.checks.knowledge;

/** What every engine says about a string carried across loop iterations and extended with +. */
public final class StringConcatenation {
  private StringConcatenation() {}

  /**
   * StringConcatInLoop's sentence, the same in every engine. {@code loop} names the loop as far
   * as the engine can: "this for loop" from source, "a loop" from bytecode.
   */
  public static String message(String variable, String loop) {
    return "'" + variable + "' grows on every iteration of " + loop + ", and each concatenation"
        + " copies all of it again; append to a StringBuilder instead";
  }
}
