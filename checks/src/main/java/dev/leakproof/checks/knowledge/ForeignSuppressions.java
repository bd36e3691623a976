package dev.leakproof.checks.knowledge;

import dev.leakproof.checks.catalog.Rule;
import java.util.List;
import java.util.Map;

/**
 * Another tool's suppression of the very check a Leakproof rule makes, honoured as if it were
 * Leakproof's own: a project that already judged a finding and wrote down "this one is fine" in
 * its IDE's terms should not have to say it a second time. Only inspections that report the same
 * thing count (IntelliJ IDEA's {@code StringConcatenationInLoop} asks for exactly the change
 * {@code StringConcatInLoop} asks for); a suppression of a merely related check silences nothing.
 *
 * <p>The form honoured is IntelliJ's statement suppression, a {@code //noinspection} line comment
 * directly above the statement (several such comments may stand there):
 *
 * <pre>{@code
 * //noinspection StringConcatenationInLoop
 * msg += "{} ";
 * }</pre>
 *
 * Every engine reads it from the source text (SpotBugs where it is given the sources), since a
 * comment is not in the syntax tree's declarations or in bytecode.
 *
 * <p>The second form is another compiler's {@code @SuppressWarnings} token ({@link
 * #suppressWarningsTokens}): Eclipse's {@code "resource"} silences its compiler's "Resource
 * leak" and "Potential resource leak" warnings, the check {@code UnclosedResource} makes
 * ("resource: to suppress warnings relative to usage of resources of type Closeable", Eclipse
 * JDT help, Excluding Warnings Using @SuppressWarnings,
 * https://help.eclipse.org/latest/topic/org.eclipse.jdt.doc.user/tasks/task-suppress_warnings.htm).
 * The source engines read it where they read {@code @SuppressWarnings("UnclosedResource")} (Error
 * Prone as an alternative name of the check, which it honours in {@code @SuppressWarnings}); the
 * annotation is not in class files, so SpotBugs cannot.
 */
public final class ForeignSuppressions {
  private static final String NO_INSPECTION = "//noinspection";

  /** IntelliJ's suppression for every inspection of a file ({@code //noinspection ALL}). */
  private static final String ALL = "ALL";

  /**
   * Per rule, the IDs of IntelliJ inspections that report the same thing. IntelliJ's
   * {@code StringConcatenationInLoop} was long spelt {@code StringContatenationInLoop}, and
   * code suppressed under the old ID is still common; IntelliJ honours both.
   */
  private static final Map<Rule, List<String>> INTELLIJ_INSPECTIONS = Map.of(
      Rule.STRING_CONCAT_IN_LOOP, List.of("StringConcatenationInLoop", "StringContatenationInLoop"));

  /**
   * Eclipse's {@code @SuppressWarnings} token for its resource leak warnings; a constant, so that
   * Error Prone's {@code @BugPattern(altNames = …)} can name it.
   */
  public static final String ECLIPSE_RESOURCE = "resource";

  /** Per rule, other compilers' {@code @SuppressWarnings} tokens for the same check. */
  private static final Map<Rule, List<String>> SUPPRESS_WARNINGS_TOKENS =
      Map.of(Rule.UNCLOSED_RESOURCE, List.of(ECLIPSE_RESOURCE));

  private ForeignSuppressions() {}

  /**
   * The {@code @SuppressWarnings} tokens of other compilers whose suppression also silences
   * {@code rule} (besides the rule's own name and {@code "all"}).
   */
  public static List<String> suppressWarningsTokens(Rule rule) {
    return SUPPRESS_WARNINGS_TOKENS.getOrDefault(rule, List.of());
  }

  /** The IDs of IntelliJ inspections whose suppression also silences {@code rule}. */
  public static List<String> intellijInspections(Rule rule) {
    return INTELLIJ_INSPECTIONS.getOrDefault(rule, List.of());
  }

  /**
   * Whether the line comments directly above line {@code line} (1-based) of the Java source
   * {@code text} suppress {@code rule}'s IntelliJ twin.
   */
  public static boolean suppressedAt(CharSequence text, int line, Rule rule) {
    List<String> inspections = intellijInspections(rule);
    if (inspections.isEmpty() || line <= 1) {
      return false;
    }
    int lineStart = startOfLine(text, line);
    while (lineStart > 0) {
      int previousStart = lineStartBefore(text, lineStart - 1);
      String previous = text.subSequence(previousStart, lineStart - 1).toString().strip();
      if (!previous.startsWith("//")) {
        return false;
      }
      if (names(previous, inspections)) {
        return true;
      }
      lineStart = previousStart;
    }
    return false;
  }

  private static boolean names(String comment, List<String> inspections) {
    if (!comment.startsWith(NO_INSPECTION)) {
      return false;
    }
    for (String id : comment.substring(NO_INSPECTION.length()).split("[\\s,]+")) {
      if (id.equals(ALL) || inspections.contains(id)) {
        return true;
      }
      if (id.startsWith("//")) {
        return false; // a comment after the IDs
      }
    }
    return false;
  }

  /** The index where 1-based line {@code line} starts, or the text's length when it has fewer. */
  private static int startOfLine(CharSequence text, int line) {
    int current = 1;
    for (int i = 0; i < text.length() && current < line; i++) {
      if (text.charAt(i) == '\n') {
        current++;
        if (current == line) {
          return i + 1;
        }
      }
    }
    return current == line ? 0 : text.length();
  }

  /** The start of the line that ends at {@code newline} (the index of its {@code '\n'}). */
  private static int lineStartBefore(CharSequence text, int newline) {
    int i = newline - 1;
    while (i >= 0 && text.charAt(i) != '\n') {
      i--;
    }
    return i + 1;
  }
}
