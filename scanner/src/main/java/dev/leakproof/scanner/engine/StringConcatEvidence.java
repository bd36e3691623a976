package dev.leakproof.scanner.engine;

import static dev.leakproof.scanner.engine.SourceWords.isIdentifierPart;
import static dev.leakproof.scanner.engine.SourceWords.isIdentifierStart;

import dev.leakproof.checks.model.concat.ConcatModel;
import java.util.Arrays;

/**
 * What StringConcatInLoop starts from, read from a file's code ({@link SourceWords}): an
 * assignment the rule may take for an extension of a variable with itself, inside a loop.
 *
 * <ul>
 *   <li>The target is a variable of its own (StringConcatInLoop.extendsItsTarget:
 *       VariableLookup.variableName): a plain name or {@code this.name}, never an array element
 *       ({@code a[i] += x}) nor another object's field ({@code p.count += n}).
 *   <li>{@code s += x}; or {@code s = …} with a {@code +} or a {@code concat} on the right whose
 *       operands, at any depth (ConcatModel.extendsItself, parentheses removed), include the
 *       variable itself: so {@code s} is written there with nothing but a {@code +}, the
 *       assignment's {@code =} or a parenthesis on its left, and a {@code +}, a closing
 *       parenthesis, the statement's end or {@code .concat} on its right, and it is not inside
 *       another call's arguments ({@code s = f(s) + x}), an index or a brace (a call's value, an
 *       element, a lambda's body are no operands of the concatenation).
 *   <li>Not a local of a primitive type whose scope holds the place ({@link PrimitiveLocals}):
 *       the rule wants a {@code String}.
 *   <li>Inside a loop's body, test or update, or a lambda given to {@code forEach}
 *       (LoopScope.around, {@link LoopBodies}).
 * </ul>
 */
final class StringConcatEvidence {
  private final SourceWords words;
  private final byte[] code;
  /** Read at the first extension found, if any. */
  private LoopBodies loops;
  private PrimitiveLocals primitiveLocals;
  /** Per bracket open while a right side is read, whether operands inside it are none. */
  private boolean[] hides = new boolean[16];

  private StringConcatEvidence(SourceWords words) {
    this.words = words;
    this.code = words.code();
  }

  static boolean mayReport(SourceWords words) {
    return mayHaveALoop(words) && new StringConcatEvidence(words).extensions(1).length > 0;
  }

  /** Whether a loop keyword or a call that runs its lambda per element is written. */
  private static boolean mayHaveALoop(SourceWords words) {
    return words.has("for") || words.has("while") || words.has("do")
        || TextPrefilter.anyWord(words.words(), ConcatModel::runsLambdaPerElement);
  }

  /** Where the first {@code most} such assignments' {@code =} are, in order. */
  static int[] extensions(SourceWords words, int most) {
    return new StringConcatEvidence(words).extensions(most);
  }

  private int[] extensions(int most) {
    int[] found = new int[0];
    for (int i : words.equalSigns()) {
      if (found.length == most) {
        break;
      }
      int targetEnd;
      if (i >= 2 && code[i - 1] == '+' && code[i - 2] != '+') {
        targetEnd = SourceWords.skipSpaceBack(code, i - 2); // s += x
      } else if (words.isPlainAssignment(i)) {
        targetEnd = SourceWords.skipSpaceBack(code, i - 1);
      } else {
        continue; // ==, !=, <=, x -= …
      }
      if (targetEnd < 0 || !isIdentifierPart(code[targetEnd])) {
        continue; // a[i] = …, (s) += …: no variable of its own
      }
      int targetStart = wordStart(targetEnd);
      int beforeTarget = SourceWords.skipSpaceBack(code, targetStart - 1);
      boolean qualified = beforeTarget >= 0 && code[beforeTarget] == '.';
      if (!isIdentifierStart(code[targetStart]) || qualified && !isThisBefore(beforeTarget)) {
        continue; // p.count += n: another object's field
      }
      if (code[i - 1] != '+' && !rightSideExtends(i + 1, targetStart, targetEnd + 1)) {
        continue;
      }
      if (!mayRepeat(i)) {
        continue;
      }
      if (qualified || !isPrimitiveLocal(targetStart, targetEnd + 1)) {
        found = Arrays.copyOf(found, found.length + 1);
        found[found.length - 1] = i;
      }
    }
    return found;
  }

  private boolean mayRepeat(int at) {
    if (loops == null) {
      loops = LoopBodies.of(words);
    }
    return loops.mayRepeat(at);
  }

  private boolean isPrimitiveLocal(int start, int end) {
    if (primitiveLocals == null) {
      primitiveLocals = new PrimitiveLocals(code, words.spelling(), words.bodies(), words.primitiveTypesAt());
    }
    return primitiveLocals.isPrimitiveLocal(words.identifier(start, end), start);
  }

  /**
   * Whether the expression from {@code from} to its end has a {@code +} or a {@code concat}, and
   * the name {@code code[start..end)} as an operand of its concatenation.
   */
  private boolean rightSideExtends(int from, int start, int end) {
    int length = end - start;
    boolean readsTarget = false;
    boolean adds = false;
    int depth = 0;
    int hidden = 0; // how many of the open brackets hide operands
    for (int i = from; i < code.length; i++) {
      byte c = code[i];
      if (c == '(' || c == '[' || c == '{') {
        boolean hide = c != '(' || opensArgumentsOtherThanConcat(i);
        if (depth == hides.length) {
          hides = Arrays.copyOf(hides, depth * 2);
        }
        hides[depth++] = hide;
        hidden += hide ? 1 : 0;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          break;
        }
        hidden -= hides[--depth] ? 1 : 0;
      } else if (c == ';' && depth == 0) {
        break;
      } else if (c == '+') {
        adds |= !(i + 1 < code.length && code[i + 1] == '+' || code[i - 1] == '+');
      } else if (isIdentifierStart(c) && !isIdentifierPart(code[i - 1])) {
        int wordStart = i;
        while (i + 1 < code.length && isIdentifierPart(code[i + 1])) {
          i++;
        }
        int wordLength = i + 1 - wordStart;
        readsTarget |= hidden == 0 && wordLength == length
            && Arrays.equals(code, start, end, code, wordStart, i + 1)
            && isOperand(wordStart, i + 1, from);
        adds |= wordLength == 6 && SourceWords.matches(code, "concat", wordStart);
      }
      if (readsTarget && adds) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the parenthesis at {@code open} opens a call's arguments (after a name, type
   * arguments, or a cast's closing parenthesis, whose operand is then no variable either), but
   * {@code x.concat}'s, whose receiver and argument are operands of the concatenation.
   */
  private boolean opensArgumentsOtherThanConcat(int open) {
    int before = SourceWords.skipSpaceBack(code, open - 1);
    if (before < 0) {
      return false;
    }
    byte c = code[before];
    if (isIdentifierPart(c)) {
      int start = wordStart(before);
      int dot = SourceWords.skipSpaceBack(code, start - 1);
      return !(before + 1 - start == 6 && SourceWords.matches(code, "concat", start)
          && dot >= 0 && code[dot] == '.'); // String.concat has a receiver
    }
    return c == '>' || c == ')' || c == ']';
  }

  /**
   * Whether the name at {@code code[start..end)} in a right side starting at {@code from} stands
   * as an operand of a concatenation: plain or after {@code this.}, with the assignment's
   * {@code =}, a {@code +} or a parenthesis before it, and a {@code +}, a closing bracket, the end
   * of the expression or {@code .concat} after it.
   */
  private boolean isOperand(int start, int end, int from) {
    int before = SourceWords.skipSpaceBack(code, start - 1);
    if (before >= 0 && code[before] == '.') {
      if (!isThisBefore(before)) {
        return false; // p.s, a call's value .s
      }
      before = SourceWords.skipSpaceBack(code, wordStart(SourceWords.skipSpaceBack(code,
          before - 1)) - 1);
    }
    boolean leftFits = before == from - 1 || before >= from
        && (code[before] == '(' || code[before] == '+' && code[before - 1] != '+');
    if (!leftFits) {
      return false;
    }
    int after = SourceWords.skipSpace(code, end);
    if (after >= code.length) {
      return true;
    }
    byte c = code[after];
    if (c == '.') {
      int name = SourceWords.skipSpace(code, after + 1);
      return name + 6 <= code.length && SourceWords.matches(code, "concat", name)
          && (name + 6 == code.length || !isIdentifierPart(code[name + 6]));
    }
    return c == '+' && !(after + 1 < code.length && code[after + 1] == '+')
        || c == ')' || c == ']' || c == '}' || c == ';' || c == ',';
  }

  /** Whether the word right before the dot at {@code dot} is {@code this}. */
  private boolean isThisBefore(int dot) {
    int end = SourceWords.skipSpaceBack(code, dot - 1);
    if (end < 3 || !isIdentifierPart(code[end])) {
      return false;
    }
    int start = wordStart(end);
    return end + 1 - start == 4 && SourceWords.matches(code, "this", start);
  }

  /** Where the word that ends at {@code last} (inclusive) starts. */
  private int wordStart(int last) {
    return SourceWords.wordStart(code, last);
  }
}
