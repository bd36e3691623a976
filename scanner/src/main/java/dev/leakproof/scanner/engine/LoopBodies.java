package dev.leakproof.scanner.engine;

import dev.leakproof.checks.model.concat.ConcatModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a file's code may run once per iteration of a loop, read from its text (comments and
 * literals blanked, as {@link SourceWords} reads them): the places StringConcatInLoop's
 * {@code LoopScope.around} may find a loop around. Each loop gives a stretch that holds all of
 * what it repeats, and more where its shape is unclear, so a place outside every stretch is in
 * no loop's body, test or update:
 *
 * <ul>
 *   <li>{@code for (…)} and {@code while (…)}: from the keyword through the header's parentheses
 *       and the body, a block to its closing brace; a body without braces up to the end of the
 *       block the loop is in (one statement, whose own end an {@code if}/{@code else} chain
 *       makes unclear); a {@code ;} body (a {@code do} loop's test) adds nothing.
 *   <li>{@code do}: from the keyword to the closing brace of its block (its test is a
 *       {@code while (…)}, above), or without braces to the end of the block it is in.
 *   <li>A call that runs its lambda once per element ({@code forEach},
 *       {@link ConcatModel#runsLambdaPerElement}): from the name to its closing parenthesis.
 * </ul>
 *
 * <p>Parentheses or braces that do not balance make a stretch run to the end of the code.
 */
final class LoopBodies {
  private static final List<String> LOOP_KEYWORDS = List.of("for", "while", "do");

  /** Start and end (inclusive) of each stretch, in the order of their starts. */
  private final int[] stretches;

  private LoopBodies(int[] stretches) {
    this.stretches = stretches;
  }

  /** The loops of {@code words}' code. */
  static LoopBodies of(SourceWords words) {
    byte[] code = words.code();
    List<String> loopWords = new ArrayList<>(LOOP_KEYWORDS);
    for (String word : words.words()) {
      if (ConcatModel.runsLambdaPerElement(word)) {
        loopWords.add(word);
      }
    }
    int[] starts = words.startsOf(loopWords);
    int[] stretches = new int[starts.length * 2];
    int size = 0;
    for (int start : starts) {
      int end = endOf(code, start);
      if (end >= 0) {
        stretches[size++] = start;
        stretches[size++] = end;
      }
    }
    return new LoopBodies(Arrays.copyOf(stretches, size));
  }

  /** Whether no loop is written at all. */
  boolean isEmpty() {
    return stretches.length == 0;
  }

  /** Whether {@code at} may be inside a loop's body, test or update. */
  boolean mayRepeat(int at) {
    for (int i = 0; i < stretches.length && stretches[i] <= at; i += 2) {
      if (at <= stretches[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Where the loop whose word starts at {@code start} ends, or -1 when it is no loop. */
  private static int endOf(byte[] code, int start) {
    int wordEnd = start;
    while (wordEnd < code.length && SourceWords.isIdentifierPart(code[wordEnd])) {
      wordEnd++;
    }
    int next = SourceWords.skipSpace(code, wordEnd);
    if (next >= code.length) {
      return -1;
    }
    int length = wordEnd - start;
    boolean doLoop = length == 2 && SourceWords.matches(code, "do", start);
    boolean headed = length == 3 && SourceWords.matches(code, "for", start)
        || length == 5 && SourceWords.matches(code, "while", start);
    if (!doLoop && !headed) { // a call that runs its lambda per element, or its declaration
      return code[next] == '(' ? SourceWords.closing(code, next, '(', ')') : -1;
    }
    int body = next;
    if (headed) {
      if (code[next] != '(') {
        return -1; // not a loop statement's keyword where the parser would accept one
      }
      body = SourceWords.skipSpace(code, SourceWords.closing(code, next, '(', ')') + 1);
      if (body >= code.length) {
        return code.length;
      }
      if (code[body] == ';') {
        return body; // an empty body, or a do loop's test
      }
    }
    return code[body] == '{' ? SourceWords.closing(code, body, '{', '}')
        : endOfBlock(code, body);
  }

  /** Where the block around {@code from} closes, or the code's length. */
  private static int endOfBlock(byte[] code, int from) {
    int depth = 0;
    for (int i = from; i < code.length; i++) {
      if (code[i] == '{') {
        depth++;
      } else if (code[i] == '}' && --depth < 0) {
        return i;
      }
    }
    return code.length;
  }
}
