package dev.leakproof.errorprone.sarif;

import dev.leakproof.checks.catalog.Rule;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Leakproof finding back out of the text of an Error Prone diagnostic,
 * {@code [CheckName] sentence\n    (see link)\n  Did you mean …}: the SARIF writer and the
 * corpus conformance test both need the rule and the sentence exactly as the check said them.
 */
public final class DiagnosticText {
  private static final Pattern CHECK_NAME = Pattern.compile("^\\[([A-Za-z0-9_]+)\\] ");

  private DiagnosticText() {}

  /** The Leakproof rule that reported {@code text}, if any. */
  public static Optional<Rule> rule(String text) {
    Matcher name = CHECK_NAME.matcher(text);
    return name.find() ? Rule.byName(name.group(1)) : Optional.empty();
  }

  /** The sentence of {@code text}: without the check name, Error Prone's link line and "Did you mean". */
  public static String sentence(String text) {
    Matcher name = CHECK_NAME.matcher(text);
    String body = name.find() ? text.substring(name.end()) : text;
    int end = body.length();
    for (String tail : new String[] {"\n    (see ", "\nDid you mean "}) {
      int at = body.indexOf(tail);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return body.substring(0, end).strip();
  }
}
