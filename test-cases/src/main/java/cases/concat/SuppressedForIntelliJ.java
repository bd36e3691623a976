package cases.concat;

/**
 * Not flagged: the project suppressed IntelliJ IDEA's inspection of the same thing on this
 * statement (Jetty's {@code StdErrLog}: one {@code "{} "} per log argument), under its current
 * ID and under the misspelt one IntelliJ used for years. A reviewer there has already judged it.
 */
class SuppressedForIntelliJ {
  static String placeholders(Object[] arguments) {
    String message = "";
    for (int i = 0; i < arguments.length; i++) {
      //noinspection StringConcatenationInLoop
      message += "{} ";
    }
    return message;
  }

  static String oldPlaceholders(Object[] arguments) {
    String message = "";
    for (Object ignored : arguments) {
      // the message has one placeholder per argument
      //noinspection unused,StringContatenationInLoop
      message += "{} ";
    }
    return message;
  }
}
