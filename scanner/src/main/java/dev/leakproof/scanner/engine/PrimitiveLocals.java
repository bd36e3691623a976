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
 * parentheses right before a brace (a method's or a constructor's parameter, an enhanced
 * {@code for}'s variable), with the place inside that brace's block; or a basic {@code for}
 * header's variable, with the place in the rest of the header or in the loop's block (JLS 6.3:
 * {@code for (int i = 0; i < n; i += 2)}). Java forbids another local of
 * that name inside such a scope, so the name means that variable there. Anything else (a field,
 * {@code this.pos}, a lambda's parameter, a comma-separated second declarator) is not certain.
 */
final class PrimitiveLocals {
  /** The primitive type keywords, as JavaParser knows them. */
  static final Set<String> PRIMITIVE_TYPES = Arrays.stream(PrimitiveType.Primitive.values())
      .map(PrimitiveType.Primitive::asString).collect(Collectors.toUnmodifiableSet());

  private final byte[] code;
  /** See SourceWords.spelling. */
  private final String spelling;
  private final CodeBodies bodies;
  /** Where each primitive type keyword starts, in order (SourceWords read them). */
  private final int[] primitiveTypesAt;
  /** Per name, where it is written right after a primitive type keyword, in order; read once. */
  private Map<String, List<Integer>> declarations;
  /** Per declaration asked about, where its name certainly means it ({@link #NOWHERE}: nowhere). */
  private final Map<Integer, Scope> scopes = new HashMap<>();

  /**
   * Where a declaration's name certainly means it: after {@code from} and before {@code to}, in
   * the same body as {@code anchor}.
   */
  private record Scope(int from, int to, int anchor) {}

  private static final Scope NOWHERE = new Scope(0, 0, 0);

  PrimitiveLocals(byte[] code, String spelling, CodeBodies bodies, int[] primitiveTypesAt) {
    this.code = code;
    this.spelling = spelling;
    this.bodies = bodies;
    this.primitiveTypesAt = primitiveTypesAt;
  }

  /** Whether {@code name}, written at {@code at}, certainly means a primitive local there. */
  boolean isPrimitiveLocal(String name, int at) {
    for (int d : declarations().getOrDefault(name, List.of())) {
      if (d >= at) {
        return false;
      }
      // Each declaration's scope is found once: a file asks about many places.
      Scope scope = scopes.computeIfAbsent(d, this::scopeOf);
      if (scope != NOWHERE && at > scope.from() && at < scope.to()
          && bodies.certainlySameBody(scope.anchor(), at)) {
        return true;
      }
    }
    return false;
  }

  /** Each name written right after a primitive type keyword ({@code int pos}). */
  private Map<String, List<Integer>> declarations() {
    if (declarations == null) {
      Map<String, List<Integer>> found = new HashMap<>();
      for (int keyword : primitiveTypesAt) {
        int name = SourceWords.skipSpace(code, wordEnd(keyword));
        if (name < code.length && SourceWords.isIdentifierStart(code[name])) {
          found.computeIfAbsent(SourceWords.spelled(code, spelling, name, wordEnd(name)),
              w -> new ArrayList<>(2)).add(name);
        }
      }
      declarations = found;
    }
    return declarations;
  }

  /** Where the word starting at {@code start} ends (the index after it). */
  private int wordEnd(int start) {
    int i = start;
    while (i < code.length && SourceWords.isIdentifierPart(code[i])) {
      i++;
    }
    return i;
  }

  /**
   * Where the name declared at {@code declaration} certainly means that variable: a local of the
   * block around it, if no parenthesis is open in between, up to the block's end; a parameter or
   * a {@code for} header's variable, inside the block right after its parentheses.
   */
  private Scope scopeOf(int declaration) {
    int depth = 0;
    for (int i = declaration - 1; i >= 0; i--) {
      byte c = code[i];
      if (c == ')' || c == '}') {
        depth++;
      } else if (c == '(' || c == '{') {
        if (depth > 0) {
          depth--;
          continue;
        }
        if (c == '{') {
          return new Scope(declaration, closing(i), declaration);
        }
        if (isBasicForHeader(i)) {
          // JLS 6.3: the header's own variable from its declarator on, through the test, the
          // update and the body (a block, or no further than the header without one).
          int close = closing(i);
          int brace = SourceWords.skipSpace(code, close + 1);
          return new Scope(declaration,
              brace < code.length && code[brace] == '{' ? closing(brace) : close, declaration);
        }
        if (!headsAScopeBlock(i)) {
          return NOWHERE;
        }
        int brace = afterThrows(SourceWords.skipSpace(code, closing(i) + 1));
        return brace < code.length && code[brace] == '{'
            ? new Scope(brace, closing(brace), brace) : NOWHERE;
      }
    }
    return NOWHERE;
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
    int start = SourceWords.wordStart(code, end);
    return !wordBefore(start).equals("record");
  }

  /** Whether the parentheses opening at {@code open} are a basic {@code for}'s: with a {@code ;}. */
  private boolean isBasicForHeader(int open) {
    if (!wordBefore(open).equals("for")) {
      return false;
    }
    int close = closing(open);
    int depth = 0;
    for (int i = open + 1; i < close; i++) {
      byte c = code[i];
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ';' && depth == 0) {
        return true;
      }
    }
    return false;
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
    return SourceWords.spelled(code, spelling, start + 1, end + 1);
  }
}
