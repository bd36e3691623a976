package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.type.PrimitiveType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a name, at a place of a file's code (comments and literals blanked), certainly means a
 * local variable or parameter of a primitive type ({@code int pos = 0; … pos += n;}), read from
 * the text: so StringConcatInLoop's evidence ({@code s += x}) can leave out a file whose only
 * such assignments extend numbers, which are never strings.
 *
 * <p>Certain only when the declaration ({@code int pos}, the type keyword right before the name)
 * comes before the place, in a scope that encloses it, and in the same body ({@link
 * CodeBodies}, so that a local or anonymous class in between, which may declare a field of its
 * own by that name, is not looked through): a local declared in a block, not inside
 * parentheses, with the place before the block's closing brace; or a name declared inside
 * parentheses right before a brace (a method's or a constructor's parameter, a {@code for}
 * header's variable), with the place inside that brace's block. Java forbids another local of
 * that name inside such a scope, so the name means that variable there. Anything else (a field,
 * {@code this.pos}, a lambda's parameter, a comma-separated second declarator) is not certain.
 */
final class PrimitiveLocals {
  /** The primitive type keywords, as JavaParser knows them. */
  private static final Set<String> PRIMITIVE_TYPES = Arrays.stream(PrimitiveType.Primitive.values())
      .map(PrimitiveType.Primitive::asString).collect(Collectors.toUnmodifiableSet());

  private final char[] code;
  private final CodeBodies bodies;

  PrimitiveLocals(char[] code, CodeBodies bodies) {
    this.code = code;
    this.bodies = bodies;
  }

  /** Whether {@code name}, written at {@code at}, certainly means a primitive local there. */
  boolean isPrimitiveLocal(String name, int at) {
    for (int d = indexOf(name, 0); d >= 0 && d < at; d = indexOf(name, d + 1)) {
      if (PRIMITIVE_TYPES.contains(wordBefore(d)) && inScope(d, at)) {
        return true;
      }
    }
    return false;
  }

  private boolean inScope(int declaration, int at) {
    int depth = 0;
    for (int i = declaration - 1; i >= 0; i--) {
      char c = code[i];
      if (c == ')' || c == '}') {
        depth++;
      } else if (c == '(' || c == '{') {
        if (depth > 0) {
          depth--;
          continue;
        }
        if (c == '{') {
          // a local of this block, if no parenthesis was open in it
          return closing(i) > at && bodies.certainlySameBody(declaration, at);
        }
        // a parameter, or a for header's variable: the scope is the block after the parentheses
        if (!headsAScopeBlock(i)) {
          return false;
        }
        int close = closing(i);
        int brace = afterThrows(skipSpace(close + 1));
        return brace < code.length && code[brace] == '{' && closing(brace) > at
            && at > brace && bodies.certainlySameBody(brace, at);
      }
    }
    return false;
  }

  /**
   * Whether the parentheses opening at {@code open} follow a plain name (a method's, a
   * constructor's, {@code for}) that is not a record's: a record's components are its fields,
   * which a local in its methods may shadow.
   */
  private boolean headsAScopeBlock(int open) {
    int end = open - 1;
    while (end >= 0 && Character.isWhitespace(code[end])) {
      end--;
    }
    if (end < 0 || !Character.isJavaIdentifierPart(code[end])) {
      return false; // record R<T>(…), a cast's or a lambda's parentheses
    }
    int start = end;
    while (start > 0 && Character.isJavaIdentifierPart(code[start - 1])) {
      start--;
    }
    return !wordBefore(start).equals("record");
  }

  /** After {@code throws A, B} starting at {@code at}, or {@code at}. */
  private int afterThrows(int at) {
    if (!startsWord("throws", at)) {
      return at;
    }
    int i = at + "throws".length();
    while (i < code.length && (Character.isJavaIdentifierPart(code[i])
        || Character.isWhitespace(code[i]) || code[i] == '.' || code[i] == ',')) {
      i++;
    }
    return i;
  }

  /** Where the bracket that closes the one opening at {@code open} is, or the code's length. */
  private int closing(int open) {
    return code[open] == '(' ? SourceWords.closing(code, open, '(', ')')
        : SourceWords.closing(code, open, '{', '}');
  }

  /** Where the word {@code name} (not part of a longer one) next starts from {@code from}. */
  private int indexOf(String name, int from) {
    for (int i = from; i + name.length() <= code.length; i++) {
      if (startsWord(name, i) && (i == 0 || !Character.isJavaIdentifierPart(code[i - 1]))) {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWord(String word, int at) {
    if (at + word.length() > code.length) {
      return false;
    }
    for (int j = 0; j < word.length(); j++) {
      if (code[at + j] != word.charAt(j)) {
        return false;
      }
    }
    int end = at + word.length();
    return end == code.length || !Character.isJavaIdentifierPart(code[end]);
  }

  /** The word right before {@code at} (spaces skipped), or "". */
  private String wordBefore(int at) {
    int end = at - 1;
    while (end >= 0 && Character.isWhitespace(code[end])) {
      end--;
    }
    int start = end;
    while (start >= 0 && Character.isJavaIdentifierPart(code[start])) {
      start--;
    }
    return new String(code, start + 1, end - start);
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < code.length && Character.isWhitespace(code[i])) {
      i++;
    }
    return i;
  }
}
