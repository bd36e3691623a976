package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.type.PrimitiveType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  /** Per name, where it is written right after a primitive type keyword, in order; read once. */
  private Map<String, List<Integer>> declarations;

  PrimitiveLocals(char[] code, CodeBodies bodies) {
    this.code = code;
    this.bodies = bodies;
  }

  /** Whether {@code name}, written at {@code at}, certainly means a primitive local there. */
  boolean isPrimitiveLocal(String name, int at) {
    for (int d : declarations().getOrDefault(name, List.of())) {
      if (d >= at) {
        return false;
      }
      if (inScope(d, at)) {
        return true;
      }
    }
    return false;
  }

  /** Each name written right after a primitive type keyword ({@code int pos}), in one pass. */
  private Map<String, List<Integer>> declarations() {
    if (declarations == null) {
      Map<String, List<Integer>> found = new HashMap<>();
      boolean afterPrimitive = false;
      for (int i = 0; i < code.length; i++) {
        if (SourceWords.isIdentifierPart(code[i])) {
          int start = i;
          while (i + 1 < code.length && SourceWords.isIdentifierPart(code[i + 1])) {
            i++;
          }
          String word = new String(code, start, i + 1 - start);
          if (afterPrimitive && SourceWords.isIdentifierStart(code[start])) {
            found.computeIfAbsent(word, w -> new ArrayList<>(2)).add(start);
          }
          afterPrimitive = PRIMITIVE_TYPES.contains(word);
        } else if (!SourceWords.isSpace(code[i])) {
          afterPrimitive = false;
        }
      }
      declarations = found;
    }
    return declarations;
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
        int brace = afterThrows(SourceWords.skipSpace(code, close + 1));
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
    int end = SourceWords.skipSpaceBack(code, open - 1);
    if (end < 0 || !SourceWords.isIdentifierPart(code[end])) {
      return false; // record R<T>(…), a cast's or a lambda's parentheses
    }
    int start = end;
    while (start > 0 && SourceWords.isIdentifierPart(code[start - 1])) {
      start--;
    }
    return !wordBefore(start).equals("record");
  }

  /** After {@code throws A, B} starting at {@code at}, or {@code at}. */
  private int afterThrows(int at) {
    int end = at + "throws".length();
    if (end > code.length || !SourceWords.matches(code, "throws", at)
        || end < code.length && SourceWords.isIdentifierPart(code[end])) {
      return at;
    }
    int i = end;
    while (i < code.length && (SourceWords.isIdentifierPart(code[i])
        || SourceWords.isSpace(code[i]) || code[i] == '.' || code[i] == ',')) {
      i++;
    }
    return i;
  }

  /** Where the bracket that closes the one opening at {@code open} is, or the code's length. */
  private int closing(int open) {
    return code[open] == '(' ? SourceWords.closing(code, open, '(', ')')
        : SourceWords.closing(code, open, '{', '}');
  }

  /** The word right before {@code at} (spaces skipped), or "". */
  private String wordBefore(int at) {
    int end = SourceWords.skipSpaceBack(code, at - 1);
    int start = end;
    while (start >= 0 && SourceWords.isIdentifierPart(code[start])) {
      start--;
    }
    return new String(code, start + 1, end - start);
  }
}
