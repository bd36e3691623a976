package dev.leakproof.scanner.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * What a file's code says before it is parsed: its identifiers and keywords, and whether some
 * operators and shapes occur, read from its text with comments and literals left out (no rule
 * reads those: they are not in the syntax tree the rules walk). One pass over the text, much
 * cheaper than parsing it.
 *
 * <p>{@link #readings} gives null when the text is not plain enough to read this way (an
 * unterminated comment or literal, a malformed Unicode escape): the caller then parses the file,
 * as it would without this class. A text with Unicode escapes has two readings ({@link
 * UnicodeEscapes}), and the caller must take both into account.
 */
final class SourceWords {
  private final Set<String> words;
  /** The code's words in order, each distinct one a string once. */
  private final WordOccurrences occurrences;
  /**
   * The text, one byte per character, comments and literals blanked ({@link Latin1Code}: a
   * character past Latin-1 stands in as a byte of its kind).
   */
  private final byte[] code;
  /**
   * The text, when some character of its code is past Latin-1 (the code then holds stand-ins,
   * and names are spelled from here); null when the code holds every character of its names.
   */
  private final String spelling;
  /** Per group of {@link #KEYWORDS}, where its words start; read on first use. */
  private int[][] keywordsAt;
  /** Where each {@code =} of the code is (outside comments and literals), in order. */
  private final int[] equalSigns;
  /** Where each brace of the code is, in order (for {@link CodeBodies}). */
  private final int[] braces;
  private final boolean lambdaOrMethodReference;
  /**
   * Each word followed by {@code (} (space, comments and literals between), in order: the
   * word's index among the occurrences and where the parenthesis is. Noted by the reading pass,
   * which sees each such parenthesis anyway, so that the calls need not look after every word.
   */
  private final IntPairs parenthesesAfterWords;
  /**
   * Every call (a name followed by {@code (}), in order, and per called name its calls; read on
   * first use (see {@link #readCalls}). Arrays, not a map of lists per name: a file has hundreds.
   */
  private String[] callReceivers;
  /** Per call, where its argument list opens. */
  private int[] callOpens;
  /** Per call, the next call of the same name, or -1. */
  private int[] nextCallOfName;
  private int callCount;
  /** Per distinct word (WordOccurrences' number), its first call, or -1. */
  private int[] firstCallOf;
  /** The names called, in the order of their first calls. */
  private List<String> calledNames;
  private Set<String> createdTypes;
  private boolean createdTypesRead;

  private SourceWords(WordOccurrences occurrences, byte[] code, String spelling,
      int[] equalSigns, int[] braces, boolean lambdaOrMethodReference,
      IntPairs parenthesesAfterWords) {
    this.braces = braces;
    this.lambdaOrMethodReference = lambdaOrMethodReference;
    this.occurrences = occurrences;
    this.words = occurrences.words();
    this.code = code;
    this.spelling = spelling;
    this.equalSigns = equalSigns;
    this.parenthesesAfterWords = parenthesesAfterWords;
  }

  /**
   * The readings of {@code text}'s code: one, or with Unicode escapes two, as the parser reads
   * them and as the Java language translates them (UnicodeEscapes); null when one cannot be read
   * without parsing.
   */
  static List<SourceWords> readings(String text) {
    // Read as it is first, noting on the way whether a backslash is followed by a `u` (instead
    // of a pass of its own to look for one): most texts have none, and their one reading is this.
    Reader plain = new Reader(text, true);
    SourceWords words = plain.read();
    if (!plain.sawEscape && (words != null || !text.contains("\\u"))) {
      return words == null ? null : List.of(words);
    }
    String translated = UnicodeEscapes.translated(text);
    if (translated == null) {
      return null;
    }
    SourceWords asParsed = read(UnicodeEscapes.asTheParserReadsThem(text));
    SourceWords asCompiled = read(translated);
    return asParsed == null || asCompiled == null ? null : List.of(asParsed, asCompiled);
  }

  /**
   * The code of {@code text}, or null when it cannot be read without parsing, or has a Unicode
   * escape (whose readings {@link #readings} gives).
   */
  static SourceWords of(String text) {
    if (text.contains("\\u")) {
      return null; // \u002B is a '+' to javac, a name to the parser: see readings
    }
    return read(text);
  }

  /** The code of {@code text}, read as it is (escapes and all), or null (see {@link #of}). */
  private static SourceWords read(String text) {
    return new Reader(text, false).read();
  }

  /**
   * One pass over a text: blanks each comment and literal as it starts, reads each word, notes
   * the operators the filter asks for and each parenthesis right after a word. (A pass each cost
   * three times as much: a tenth of a scan's samples.) Optionally notes whether a backslash is
   * followed by {@code u} anywhere (what {@code text.contains("\\u")} tells, read on the way).
   *
   * <p>Reads the text's bytes as Latin-1 ({@link Latin1Code#copy}: a copy of a Latin-1 string's
   * own bytes, where {@code toCharArray} widened every character, a tenth of the filter's
   * samples); a character past Latin-1 there is a {@code ?}, harmless inside a comment or a
   * literal (blanked), so only a {@code ?} of the code is checked against the text. When one is
   * no {@code ?}, the text is read again from {@link Latin1Code#standIns}, its names spelled from
   * the text.
   */
  private static final class Reader {
    private final String text;
    private final boolean noteEscapes;
    /** Whether a {@code \\} followed by {@code u} was seen (only when noting escapes). */
    boolean sawEscape;
    /** Whether the code has a character past Latin-1 (read from the copy: start again). */
    private boolean pastLatin1;

    Reader(String text, boolean noteEscapes) {
      this.text = text;
      this.noteEscapes = noteEscapes;
    }

    /** The code, or null when a comment or literal does not end. */
    SourceWords read() {
      byte[] copy = Latin1Code.copy(text);
      if (copy.length == text.length()) { // else a pair of surrogates became one byte
        SourceWords words = read(copy, null);
        if (!pastLatin1) {
          return words;
        }
      }
      sawEscape = false;
      return read(Latin1Code.standIns(text), text);
    }

    /**
     * Reads {@code code} ({@code spelling}: see {@link SourceWords#spelling}); null when a
     * comment or a literal does not end, or when the code has a character past Latin-1 that is
     * not spelled (then {@link #pastLatin1}).
     */
    private SourceWords read(byte[] code, String spelling) {
      int n = code.length;
      WordOccurrences occurrences = new WordOccurrences(n, spelling);
      int[] equalSigns = new int[64];
      int equalSignCount = 0;
      int[] braces = new int[64];
      int braceCount = 0;
      boolean lambdaOrMethodReference = false;
      IntPairs parentheses = new IntPairs(Math.max(16, n / 96));
      int lastWord = -1; // the word a `(` here would follow (space and comments between), or -1
      byte[] kinds = Latin1Code.KINDS;
      for (int i = 0; i < n; i++) {
        byte c = code[i];
        byte kind = kinds[c & 0xFF];
        if (kind == Latin1Code.LETTER) {
          int start = i;
          int hash = c & 0xFF; // String.hashCode's, so that a String's cached hash finds it
          while (++i < n && kinds[code[i] & 0xFF] <= Latin1Code.DIGIT) {
            hash = 31 * hash + (code[i] & 0xFF);
          }
          lastWord = occurrences.add(code, start, i, hash);
          i--;
          continue;
        }
        if (kind == Latin1Code.SPACE_KIND) {
          continue;
        }
        if (kind == Latin1Code.DIGIT) {
          // Digits of a number (0x1F, 10L): skip to its end so that no word starts inside it.
          while (i + 1 < n && kinds[code[i + 1] & 0xFF] <= Latin1Code.DIGIT) {
            i++;
          }
          lastWord = -1;
          continue;
        }
        switch (c) {
          case '(' -> {
            if (lastWord >= 0) {
              parentheses.add(lastWord, i);
            }
          }
          case '/' -> {
            if (i + 1 < n && code[i + 1] == '/') {
              i = blankLineComment(code, i) - 1;
              continue; // a comment between a name and its `(`: as space
            }
            if (i + 1 < n && code[i + 1] == '*') {
              int end = blankBlockComment(code, i);
              if (end < 0) {
                return null;
              }
              i = end - 1;
              continue;
            }
          }
          case '"', '\'' -> {
            int end = c == '"' && startsTextBlock(code, i) ? textBlockEnd(code, i + 3)
                : literalEnd(code, i + 1, c);
            if (end < 0) {
              return null;
            }
            blank(code, i, end);
            code[i] = Latin1Code.LITERAL_START; // blank now, but an expression: f("x") has one
            i = end - 1;
            continue;
          }
          case '=' -> {
            if (equalSignCount == equalSigns.length) {
              equalSigns = Arrays.copyOf(equalSigns, equalSignCount * 2);
            }
            equalSigns[equalSignCount++] = i;
          }
          case '{', '}' -> {
            if (braceCount == braces.length) {
              braces = Arrays.copyOf(braces, braceCount * 2);
            }
            braces[braceCount++] = i;
          }
          case '-', ':' -> {
            // The next character is neither a comment's nor a literal's start, so as blanked.
            if (i + 1 < n && code[i + 1] == (c == '-' ? '>' : ':')) {
              lambdaOrMethodReference = true;
            }
          }
          case '\\' -> {
            if (noteEscapes && i + 1 < n && code[i + 1] == 'u') {
              sawEscape = true;
            }
          }
          case '?' -> {
            if (spelling == null && text.charAt(i) != '?') {
              pastLatin1 = true; // a character the copy could not hold
              return null;
            }
          }
          case Latin1Code.LITERAL_START -> {
            code[i] = ' '; // a space of the text, never a literal's start
            continue;
          }
          default -> { }
        }
        lastWord = -1;
      }
      return new SourceWords(occurrences, code, spelling,
          Arrays.copyOf(equalSigns, equalSignCount), Arrays.copyOf(braces, braceCount),
          lambdaOrMethodReference, parentheses);
    }

    /**
     * Blanks the line comment starting at {@code at} up to its line's end (the line break
     * kept); gives where it ends.
     */
    private int blankLineComment(byte[] code, int at) {
      int i = at;
      for (; i < code.length; i++) {
        byte c = code[i];
        if (c == '\n' || c == '\r') {
          break;
        }
        if (c == '\\') {
          noteEscape(code, i);
        }
        code[i] = ' ';
      }
      return i;
    }

    /**
     * Blanks the block comment starting at {@code at}; gives where it ends (after its
     * {@code *}{@code /}), or -1 when it does not end.
     */
    private int blankBlockComment(byte[] code, int at) {
      int n = code.length;
      code[at] = ' ';
      code[at + 1] = ' ';
      for (int i = at + 2; i + 1 < n; i++) {
        byte c = code[i];
        if (c == '*' && code[i + 1] == '/') {
          code[i] = ' ';
          code[i + 1] = ' ';
          return i + 2;
        }
        if (c == '\\') {
          noteEscape(code, i);
        }
        code[i] = ' ';
      }
      return -1;
    }

    /** Replaces {@code code[from..to)} by spaces; notes a {@code \\u} that starts in it. */
    private void blank(byte[] code, int from, int to) {
      for (int j = from; j < to; j++) {
        if (code[j] == '\\') {
          noteEscape(code, j);
        }
        code[j] = ' ';
      }
    }

    /** Notes whether the backslash at {@code at} is followed by {@code u}. */
    private void noteEscape(byte[] code, int at) {
      if (noteEscapes && at + 1 < code.length && code[at + 1] == 'u') {
        sawEscape = true;
      }
    }
  }

  // For the rules' own evidence classes (StaticCacheEvidence, ThreadLocalEvidence, ...), which
  // read positions in the code themselves.

  /**
   * The code as read, a byte per character (see {@link Latin1Code}): comments and literals
   * blanked to spaces, line breaks kept. Read only.
   */
  byte[] code() {
    return code;
  }

  /** The file's text where the code holds a stand-in byte (see {@link #spelling}), else null. */
  String spelling() {
    return spelling;
  }

  /** Where each occurrence of the identifier or keyword {@code word} starts, in order. */
  int[] startsOf(String word) {
    for (int group = 0; group < PRIMITIVE_TYPE; group++) {
      if (KEYWORDS[group][0].equals(word)) {
        return at(group); // read once with the other keywords
      }
    }
    return startsOf(List.of(word));
  }

  /**
   * Where the argument list of each call of {@code name} opens ({@link #receiversOf}'s calls, in
   * the same order).
   */
  int[] callOpensOf(String name) {
    int[] opens = new int[4];
    int size = 0;
    for (int call = firstCall(name); call >= 0; call = nextCallOfName[call]) {
      if (size == opens.length) {
        opens = Arrays.copyOf(opens, size * 2);
      }
      opens[size++] = callOpens[call];
    }
    return Arrays.copyOf(opens, size);
  }

  /** Where a primitive type's keyword ({@code int}, {@code boolean}, ...) starts, in order. */
  int[] primitiveTypesAt() {
    return at(PRIMITIVE_TYPE);
  }

  private static boolean startsTextBlock(byte[] code, int at) {
    return at + 2 < code.length && code[at] == '"' && code[at + 1] == '"' && code[at + 2] == '"';
  }

  /**
   * Where the one-line literal whose content starts at {@code from} ends (after {@code quote}),
   * or -1.
   */
  private static int literalEnd(byte[] code, int from, byte quote) {
    for (int i = from; i < code.length; i++) {
      byte c = code[i];
      if (c == '\\') {
        i++;
      } else if (c == '\n' || c == '\r') {
        return -1;
      } else if (c == quote) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Where the text block whose content starts at {@code from} ends (after its quotes), or -1. */
  private static int textBlockEnd(byte[] code, int from) {
    for (int i = from; i < code.length; i++) {
      byte c = code[i];
      if (c == '\\') {
        i++;
      } else if (c == '"' && startsTextBlock(code, i)) {
        return i + 3;
      }
    }
    return -1;
  }

  /**
   * The words whose places are asked ({@link #at}), by group: a keyword each, then the primitive
   * types' keywords ({@code int}, {@code boolean}, ...) as one.
   */
  private static final String[][] KEYWORDS = {{"new"}, {"try"}, {"static"}, {"class"},
      {"private"}, PrimitiveLocals.PRIMITIVE_TYPES.toArray(String[]::new)};
  private static final int NEW = 0;
  private static final int TRY = 1;
  private static final int STATIC = 2;
  private static final int CLASS = 3;
  private static final int PRIVATE = 4;
  private static final int PRIMITIVE_TYPE = 5;

  /**
   * Where the words of the group {@code group} of {@link #KEYWORDS} start, in order; every group
   * read in one walk over the words, the first time one is asked.
   */
  private int[] at(int group) {
    if (keywordsAt == null) {
      keywordsAt = occurrences.startsOf(KEYWORDS);
    }
    return keywordsAt[group];
  }

  /** Where each occurrence of one of {@code words} starts in the code, in order. */
  int[] startsOf(Collection<String> words) {
    return occurrences.startsOf(new String[][] {words.toArray(String[]::new)})[0];
  }

  /** Where each {@code =} of the code is, in order (for evidence classes: read, never written). */
  int[] equalSigns() {
    return equalSigns;
  }

  /** Whether the code has the identifier or keyword {@code word}. */
  boolean has(String word) {
    return words.contains(word);
  }

  /** Whether the code has one of {@code candidates} as an identifier or keyword. */
  boolean hasAny(Set<String> candidates) {
    Set<String> smaller = candidates.size() < words.size() ? candidates : words;
    Set<String> larger = smaller == candidates ? words : candidates;
    for (String word : smaller) {
      if (larger.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Every identifier and keyword of the code. */
  Set<String> words() {
    return words;
  }

  /** Whether {@code ->} or {@code ::} occurs in the code (outside comments and literals). */
  boolean hasLambdaOrMethodReference() {
    return lambdaOrMethodReference;
  }

  /** How often the keyword {@code class} occurs: two or more means a nested class. */
  int classKeywords() {
    return at(CLASS).length;
  }

  /**
   * Whether the code may create an instance of an anonymous class: some {@code new T(…)} whose
   * closing parenthesis is followed by a brace. Answers yes whenever the shape is unclear (an
   * annotation on the type, parentheses that do not balance).
   */
  boolean mayHaveAnonymousClass() {
    for (int at : at(NEW)) {
      int i = at + 3;
      while (i < code.length && code[i] != '(') {
        byte c = code[i];
        if (c == '@') {
          return true; // new @A(x) T(): the first parenthesis is not the constructor's
        }
        if (!(isIdentifierPart(c) || isSpace(c) || c == '.'
            || c == '<' || c == '>' || c == ',' || c == '?')) {
          break; // new int[3], new T[] {…}: an array, never anonymous
        }
        i++;
      }
      if (i >= code.length || code[i] != '(') {
        continue;
      }
      i = closing(i, '(', ')');
      if (i >= code.length) {
        return true;
      }
      i++;
      while (i < code.length && isSpace(code[i])) {
        i++;
      }
      if (i < code.length && code[i] == '{') {
        return true;
      }
    }
    return false;
  }

  /** How a call's receiver is written, as {@link #receiversOf} gives it. */
  static final String NO_RECEIVER = "";
  /** A receiver that is no plain name ({@code f().m(…)}, {@code a[0].m(…)}, {@code (x).m(…)}). */
  static final String OTHER_RECEIVER = "()";
  /** A shape this reading cannot tell ({@code x.<T>m(…)}): any receiver. */
  static final String ANY_RECEIVER = "?";

  /**
   * How the calls of {@code name} (the identifier followed by {@code (}) write their receiver:
   * the name just before the dot ({@code Files} in {@code java.nio.file.Files.list(p)}), {@link
   * #OTHER_RECEIVER}, {@link #ANY_RECEIVER}, or {@link #NO_RECEIVER} (an unqualified call, or a
   * declaration); empty when nothing of that name is followed by a parenthesis.
   */
  List<String> receiversOf(String name) {
    int call = firstCall(name);
    if (call < 0) {
      return List.of();
    }
    List<String> written = new ArrayList<>(2);
    for (; call >= 0; call = nextCallOfName[call]) {
      written.add(callReceivers[call]);
    }
    return written;
  }

  /** The first call of {@code name}, or -1 (the next ones: {@link #nextCallOfName}). */
  private int firstCall(String name) {
    if (calledNames == null) {
      readCalls();
    }
    int number = occurrences.numberOf(name);
    return number < 0 ? -1 : firstCallOf[number];
  }

  /**
   * The names {@link #receiversOf} knows: each identifier followed by {@code (} somewhere (a
   * call's name, or a declared method's or constructor's). A question about the calls of a name
   * need be asked only of these.
   */
  List<String> calledNames() {
    if (calledNames == null) {
      readCalls();
    }
    return calledNames;
  }

  /**
   * Whether some call of {@code name} with no arguments may be made on a local variable that the
   * same body stored a {@code new} or a call's value into before it, as SelfClosedLocals needs it
   * ({@code T x = open(..); … x.close()} or {@code x = new T(..); … x.close()}): its receiver is
   * a name not qualified by another ({@code this.x.close()} is a field's), and before it, in the
   * same body ({@link CodeBodies}), that name is spelled right before a plain {@code =} whose
   * statement has a parenthesis before its {@code ;} (a value with no parenthesis is neither a
   * {@code new} nor a call). True for a receiver this reading does not tell ({@code ((T)
   * x).close()}).
   */
  boolean hasNoArgumentCallOnLocalStoredBefore(String name) {
    for (int call = firstCall(name); call >= 0; call = nextCallOfName[call]) {
      String receiver = callReceivers[call];
      int arguments = argumentCount(callOpens[call]);
      if (receiver.equals(NO_RECEIVER)
          || arguments != 0 && arguments != ANY_ARGUMENT_COUNT) {
        continue;
      }
      if (receiver.equals(OTHER_RECEIVER) || receiver.equals(ANY_RECEIVER)) {
        return true;
      }
      int nameStart = skipSpaceBack(callOpens[call] - 1) - name.length() + 1;
      int receiverEnd = skipSpaceBack(skipSpaceBack(nameStart - 1) - 1);
      int beforeReceiver = skipSpaceBack(receiverEnd - receiver.length());
      if (beforeReceiver >= 0 && code[beforeReceiver] == '.') {
        continue; // a.x.close(): a field of something
      }
      for (int store : storesOfAValueWithACall().getOrDefault(receiver, List.of())) {
        if (store < nameStart && bodies().maySameBody(store, nameStart)) {
          return true;
        }
      }
    }
    return false;
  }

  private Map<String, List<Integer>> storesOfAValueWithACall;
  private CodeBodies bodies;

  CodeBodies bodies() {
    if (bodies == null) {
      bodies = CodeBodies.of(code, braces);
    }
    return bodies;
  }

  /**
   * Per name spelled right before a plain {@code =} (not {@code ==}, not after a dot), where each
   * such {@code =} is whose statement has a {@code (} before its {@code ;}: every store of a
   * {@code new} or a call's value (whose parenthesis comes before any {@code ;} inside it), and
   * some others.
   */
  private Map<String, List<Integer>> storesOfAValueWithACall() {
    if (storesOfAValueWithACall == null) {
      Map<String, List<Integer>> stores = new HashMap<>();
      for (int i : equalSigns) {
        if (!isPlainAssignment(i)) {
          continue;
        }
        int end = skipSpaceBack(i - 1);
        int start = end;
        while (start >= 0 && isIdentifierPart(code[start])) {
          start--;
        }
        int before = skipSpaceBack(start);
        if (end <= start || !isIdentifierStart(code[start + 1])
            || before >= 0 && code[before] == '.' || !parenthesisBeforeSemicolon(i + 1)) {
          continue;
        }
        stores.computeIfAbsent(identifier(start + 1, end + 1), n -> new ArrayList<>(2))
            .add(i);
      }
      storesOfAValueWithACall = stores;
    }
    return storesOfAValueWithACall;
  }

  private boolean parenthesisBeforeSemicolon(int from) {
    for (int i = from; i < code.length && code[i] != ';'; i++) {
      if (code[i] == '(') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some call of {@code name} may be the value stored into a variable declared with a
   * type whose simple name {@code type} accepts: {@code InputStream in = IO.openFileEx(n)}, or
   * {@code in = (InputStream) f().open(n)} with {@code InputStream in} declared somewhere: the
   * call at the end of a chain, behind casts and parentheses, right after a plain {@code =}
   * whose target is such a name. True where this reading cannot tell. Only a call whose
   * argument list opens at a place {@code counts} accepts counts.
   */
  boolean mayBeStoredIntoVariableOfType(String name, Predicate<String> type, IntPredicate counts) {
    int first = firstCall(name);
    if (first < 0) {
      return false;
    }
    Set<String> declared = namesDeclaredWithType(type);
    for (int call = first; call >= 0; call = nextCallOfName[call]) {
      int open = callOpens[call];
      if (!counts.test(open)) {
        continue;
      }
      int nameStart = skipSpaceBack(open - 1) - name.length() + 1;
      int start = chainStart(nameStart);
      if (start < 0) {
        return true;
      }
      int at = skipSpaceBack(start - 1);
      while (at >= 0 && (code[at] == '(' || code[at] == ')')) {
        // An enclosing parenthesis, or a cast's type: (InputStream) (f.open(n))
        at = code[at] == '(' ? skipSpaceBack(at - 1) : skipSpaceBack(openingBack(at) - 1);
      }
      if (at < 1 || !isPlainAssignment(at)) {
        continue; // not stored: an argument, a return, a condition, a chain going on
      }
      int end = skipSpaceBack(at - 1);
      int targetStart = wordStart(code, end);
      if (end >= 0 && isIdentifierPart(code[end])
          && declared.contains(identifier(targetStart, end + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the chain of calls, field reads and {@code new} that ends with the name at {@code at}
   * starts ({@code a} in {@code a.b(x)[0].c}, {@code new} in {@code new F(x).c}), or -1 when this
   * reading cannot tell ({@code x.<T>c}).
   */
  int chainStart(int at) {
    int start = at;
    while (true) {
      int before = skipSpaceBack(start - 1);
      if (before >= 2 && code[before] == 'w' && code[before - 1] == 'e' && code[before - 2] == 'n'
          && (before == 2 || !isIdentifierPart(code[before - 3]))) {
        return before - 2; // new F(…): the chain starts at new
      }
      if (before >= 0 && code[before] == '>') {
        return typeArgumentsOfACall(before) ? -1 : start; // List<V> create(): a declaration
      }
      if (before < 0 || code[before] != '.') {
        return start;
      }
      int end = skipSpaceBack(before - 1);
      if (end < 0) {
        return -1;
      }
      while (code[end] == ')' || code[end] == ']') {
        int opening = openingBack(end);
        if (opening < 0) {
          return -1;
        }
        int previous = skipSpaceBack(opening - 1);
        if (previous < 0 || !isIdentifierPart(code[previous])
            && code[previous] != ')' && code[previous] != ']') {
          return opening; // (a).c: the parenthesis starts the chain
        }
        end = previous;
      }
      if (!isIdentifierPart(code[end])) {
        return -1;
      }
      start = wordStart(code, end);
    }
  }

  /**
   * Whether the {@code >} at {@code close}, right before a called name, may close a call's type
   * arguments ({@code x.<T>c(}, unclear: true) rather than a declared return type's ({@code
   * List<V> create(}, a method's declaration) or be a lambda's arrow ({@code x -> c(}).
   */
  private boolean typeArgumentsOfACall(int close) {
    if (close > 0 && code[close - 1] == '-') {
      return false; // x -> c(..): the call is the lambda's value, stored into nothing here
    }
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      if (code[i] == '>') {
        depth++;
      } else if (code[i] == '<' && --depth == 0) {
        int before = skipSpaceBack(i - 1);
        return before < 0 || !isIdentifierPart(code[before]); // x.<T>c, or unclear
      } else if (code[i] == ';' || code[i] == '{' || code[i] == '}') {
        return true;
      }
    }
    return true;
  }

  /** Where the bracket matching the {@code )} or {@code ]} at {@code close} opens, or -1. */
  private int openingBack(int close) {
    return openingBack(code, close);
  }

  /**
   * Where, in {@code code}, the bracket matching the {@code )} or {@code ]} at {@code close}
   * opens, or -1.
   */
  static int openingBack(byte[] code, int close) {
    byte closing = code[close];
    char opening = closing == ')' ? '(' : '[';
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      if (code[i] == closing) {
        depth++;
      } else if (code[i] == opening && --depth == 0) {
        return i;
      }
    }
    return -1;
  }


  /**
   * Per type test asked (each a constant of the caller), per name declared with such a type,
   * where the type's name starts in each such declaration.
   */
  private final Map<Predicate<String>, Map<String, List<Integer>>> declarations =
      new HashMap<>(2);

  /**
   * The names declared (variables, and methods) with a type whose simple name {@code type}
   * accepts: a name right after it, type arguments and array brackets between ({@code in} in
   * {@code InputStream in}, {@code lines} in {@code Stream<String> lines}), and every name
   * right after a comma of the same declaration ({@code b} in {@code Map<K, V> a = f(x), b}),
   * and some other names: a superset. Read once per test: ask with a constant.
   */
  Set<String> namesDeclaredWithType(Predicate<String> type) {
    return declarationsWithType(type).keySet();
  }

  /**
   * The names {@link #namesDeclaredWithType} gives whose declaration may have every one of
   * {@code modifiers}: each word is written between the type and the end of what comes before
   * the declaration (a {@code ;} or a brace, parentheses passed over: annotations' arguments).
   * A parameter's declaration may so count its method's modifiers: more names, never fewer.
   */
  Set<String> namesDeclaredWithType(Predicate<String> type, String... modifiers) {
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, List<Integer>> declared : declarationsWithType(type).entrySet()) {
      for (int at : declared.getValue()) {
        if (hasEveryModifierBefore(at, modifiers)) {
          names.add(declared.getKey());
          break;
        }
      }
    }
    return names;
  }

  private boolean hasEveryModifierBefore(int at, String... modifiers) {
    for (String modifier : modifiers) {
      if (!wordInDeclarationBefore(at, modifier)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} is written before {@code at} in the same declaration (see above). */
  boolean wordInDeclarationBefore(int at, String word) {
    for (int i = at - 1; i >= 0; i--) {
      byte c = code[i];
      if (c == ')') {
        i = openingBack(i);
        if (i < 0) {
          return true; // cannot tell
        }
      } else if (c == ';' || c == '{' || c == '}') {
        return false;
      } else if (isIdentifierPart(c)) {
        int end = i;
        while (i > 0 && isIdentifierPart(code[i - 1])) {
          i--;
        }
        if (end + 1 - i == word.length() && matches(word, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private Map<String, List<Integer>> declarationsWithType(Predicate<String> type) {
    Map<String, List<Integer>> known = declarations.get(type);
    if (known != null) {
      return known; // asked once per creating name of the file: read the code once
    }
    Map<String, List<Integer>> names = new HashMap<>();
    boolean[] isType = new boolean[occurrences.distinct()]; // the test once per distinct word
    boolean any = false;
    for (int number = 0; number < isType.length; number++) {
      isType[number] = type.test(occurrences.distinctWord(number));
      any |= isType[number];
    }
    List<String> declared = new ArrayList<>(4);
    for (int w = 0; any && w < occurrences.count(); w++) {
      if (!isType[occurrences.number(w)]) {
        continue;
      }
      String word = occurrences.word(w);
      int start = occurrences.start(w);
      int after = skipSpace(start + word.length());
      if (after < code.length && code[after] == '<') {
        after = skipSpace(skipAngles(after));
      }
      while (after < code.length && code[after] == '[') {
        after = skipSpace(closing(after, '[', ']') + 1); // Map<K, V>[] a
      }
      String name = wordAt(after);
      if (name != null) {
        declared.clear();
        declared.add(name);
        addLaterDeclarators(after + name.length(), declared);
        for (String each : declared) {
          List<Integer> types = names.computeIfAbsent(each, n -> new ArrayList<>(1));
          if (types.isEmpty() || types.get(types.size() - 1) != start) {
            types.add(start); // once per declaration, whichever of its names repeats
          }
        }
      }
    }
    declarations.put(type, names);
    return names;
  }

  /**
   * Adds the name after each comma of the declaration whose first name ends at {@code from}
   * ({@code b} and {@code c} in {@code Map<K, V> a = f(x, y), b, c;}), up to its {@code ;} or a
   * bracket it is inside of (a parameter list). A comma between type arguments ({@code
   * Maps.<K, V>newHashMap()}) adds a name that is none: more names, never fewer.
   */
  private void addLaterDeclarators(int from, Collection<String> names) {
    int i = skipSpace(from);
    if (i >= code.length || code[i] == '(') {
      return; // a method's name, or a call's
    }
    int depth = 0;
    for (; i < code.length; i++) {
      byte c = code[i];
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (--depth < 0) {
          return;
        }
      } else if (depth == 0 && c == ';') {
        return;
      } else if (depth == 0 && c == ',') {
        String name = wordAt(skipSpace(i + 1));
        if (name != null) {
          names.add(name);
        }
      }
    }
  }

  /** An argument count this reading cannot tell ({@code f(new HashMap<K, V>(), x)}). */
  static final int ANY_ARGUMENT_COUNT = -1;

  /**
   * How many arguments each call of {@code name} has, in the order of {@link #receiversOf}, or
   * {@link #ANY_ARGUMENT_COUNT}.
   */
  List<Integer> argumentCountsOf(String name) {
    List<Integer> counts = new ArrayList<>(2);
    for (int call = firstCall(name); call >= 0; call = nextCallOfName[call]) {
      counts.add(argumentCount(callOpens[call]));
    }
    return counts;
  }

  /** Where the argument list of each call of {@code name} opens, in the order of {@link #receiversOf}. */
  List<Integer> argumentListsOf(String name) {
    List<Integer> opens = new ArrayList<>(2);
    for (int call = firstCall(name); call >= 0; call = nextCallOfName[call]) {
      opens.add(callOpens[call]);
    }
    return opens;
  }

  /**
   * How many arguments the parenthesis at {@code open} holds: its commas outside nested
   * brackets, plus one, or none for nothing but space (comments; a blanked literal counts). A comma may also separate type arguments
   * ({@code new HashMap<K, V>()}), so with a {@code <} among them the count is not told.
   */
  private int argumentCount(int open) {
    int depth = 0;
    int commas = 0;
    boolean angle = false;
    boolean empty = true;
    for (int i = open; i < code.length; i++) {
      byte c = code[i];
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (--depth == 0) {
          return empty ? 0 : commas == 0 ? 1 : angle ? ANY_ARGUMENT_COUNT : commas + 1;
        }
      } else if (depth == 1 && c == ',') {
        commas++;
      } else if (depth == 1 && c == '<') {
        angle = true;
      }
      if (i > open && (!isSpace(c) || c == Latin1Code.LITERAL_START)) {
        empty = false;
      }
    }
    return ANY_ARGUMENT_COUNT;
  }

  private void readCalls() {
    int[] firstCalls = new int[occurrences.distinct()];
    Arrays.fill(firstCalls, -1);
    int[] lastCalls = new int[firstCalls.length];
    int room = Math.max(1, parenthesesAfterWords.size());
    callReceivers = new String[room];
    callOpens = new int[room];
    nextCallOfName = new int[room];
    calledNames = new ArrayList<>();
    for (int p = 0; p < parenthesesAfterWords.size(); p++) {
      int w = parenthesesAfterWords.first(p);
      int call = callCount++;
      callReceivers[call] = receiverBefore(w);
      callOpens[call] = parenthesesAfterWords.second(p);
      nextCallOfName[call] = -1;
      int number = occurrences.number(w);
      if (firstCalls[number] < 0) {
        firstCalls[number] = call;
        calledNames.add(occurrences.word(w));
      } else {
        nextCallOfName[lastCalls[number]] = call;
      }
      lastCalls[number] = call;
    }
    firstCallOf = firstCalls;
  }

  /** How the receiver of a call whose name is the {@code name}th word is written. */
  private String receiverBefore(int name) {
    int at = skipSpaceBack(occurrences.start(name) - 1);
    if (at < 0) {
      return NO_RECEIVER;
    }
    if (code[at] == '>') {
      // x.<T>m(…): cannot tell. A declaration (Map<K, V> get(…)) has no receiver; after an
      // operator (a -> get(x), a > get(x)) the call has none either, but that is not told apart
      // from type arguments this reading does not follow (List<@A(1) T>).
      int open = typeArgumentsOpening(at);
      int before = open < 0 ? -1 : skipSpaceBack(open - 1);
      return open < 0 || before >= 0 && code[before] == '.' ? ANY_RECEIVER : NO_RECEIVER;
    }
    if (code[at] != '.') {
      return NO_RECEIVER;
    }
    int end = skipSpaceBack(at - 1);
    if (end < 0 || !isIdentifierPart(code[end])) {
      return OTHER_RECEIVER;
    }
    int start = wordStart(code, end);
    if (!isIdentifierStart(code[start])) {
      return OTHER_RECEIVER;
    }
    // The word before the name's, if it starts there (no search among the words for it).
    return name > 0 && occurrences.start(name - 1) == start
        && occurrences.word(name - 1).length() == end + 1 - start ? occurrences.word(name - 1)
        : identifier(start, end + 1);
  }

  /**
   * Where the type arguments closing at {@code close} open, or -1 when what comes before is no
   * plain list of type arguments (names, dots, commas, {@code ?}, {@code &}, array brackets,
   * nested angle brackets, annotations without arguments).
   */
  private int typeArgumentsOpening(int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      byte c = code[i];
      if (c == '>') {
        depth++;
      } else if (c == '<') {
        if (--depth == 0) {
          return i;
        }
      } else if (!isIdentifierPart(c) && !isSpace(c) && c != '.' && c != ',' && c != '?'
          && c != '&' && c != '[' && c != ']' && c != '@') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The simple names of the types the code creates with {@code new} ({@code Reader} in {@code new
   * java.io.Reader(…)}, {@code Inner} in {@code new Outer<T>.Inner()}), or null when one of them
   * cannot be read that way (an annotated type): then it may be any type.
   */
  Set<String> createdTypes() {
    if (!createdTypesRead) {
      createdTypes = readCreatedTypes();
      createdTypesRead = true;
    }
    return createdTypes;
  }

  /**
   * Whether some {@code new T(..)} creates a class the code declares ({@code class T}), or the
   * created types cannot be read.
   */
  boolean mayCreateAClassItDeclares() {
    Set<String> created = createdTypes();
    if (created == null) {
      return true;
    }
    for (int at : at(CLASS)) {
      String declared = wordAt(skipSpace(at + "class".length()));
      if (declared != null && created.contains(declared)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> readCreatedTypes() {
    Set<String> created = new HashSet<>();
    for (int at : newKeywords()) {
      String type = createdTypeAt(at);
      if (type == null) {
        return null;
      }
      if (!type.isEmpty()) {
        created.add(type);
      }
    }
    return created;
  }

  /** Where each {@code new} starts, in order. */
  int[] newKeywords() {
    return at(NEW);
  }

  /**
   * The simple name of the type the {@code new} at {@code at} creates (its last name: {@code
   * FileInputStream} in {@code new java.io.FileInputStream(f)}), "" when none is written, null
   * when an annotation makes it unclear ({@code new @A T()}: the annotation's words are not the
   * type's).
   */
  String createdTypeAt(int at) {
    int i = skipSpace(at + 3);
    String last = "";
    while (i < code.length) {
      if (isIdentifierStart(code[i])) {
        int start = i;
        while (i + 1 < code.length && isIdentifierPart(code[i + 1])) {
          i++;
        }
        last = identifier(start, i + 1);
        i = skipSpace(i + 1);
      } else if (code[i] == '<') {
        i = skipSpace(skipAngles(i));
      } else if (code[i] == '.') {
        i = skipSpace(i + 1);
      } else if (code[i] == '@') {
        return null;
      } else {
        break;
      }
    }
    return last;
  }

  /**
   * Whether some {@code try (…)} names an existing variable as a resource ({@code try (in)},
   * Java 9): a resource that is a plain name, or one this reading cannot tell apart from it.
   */
  boolean hasTryWithNamedResource() {
    for (int at : at(TRY)) {
      int open = skipSpace(at + 3);
      if (open >= code.length || code[open] != '(') {
        continue;
      }
      int segmentStart = open + 1;
      int depth = 1;
      for (int i = open + 1; i < code.length && depth > 0; i++) {
        byte c = code[i];
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
        }
        if (depth == 0 || depth == 1 && c == ';') {
          if (isPlainName(segmentStart, i)) {
            return true;
          }
          segmentStart = i + 1;
        }
      }
      if (depth > 0) {
        return true; // unbalanced: cannot tell
      }
    }
    return false;
  }

  /** Whether the code between {@code from} and {@code to} is one identifier (and space). */
  private boolean isPlainName(int from, int to) {
    int start = skipSpace(from);
    int end = skipSpaceBack(to - 1);
    if (start > end || !isIdentifierStart(code[start])) {
      return false;
    }
    for (int i = start + 1; i <= end; i++) {
      if (!isIdentifierPart(code[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names of the fields declared with {@code static} and without {@code final} written
   * ({@code F} and {@code G} in {@code static Runnable F = null, G;}, annotations and other
   * modifiers around it), or null when a declaration's shape is unclear. A superset (a comma in
   * an initializer's type arguments adds a name that is none).
   */
  Set<String> staticNonFinalFieldNames() {
    Set<String> names = new HashSet<>();
    for (int at : at(STATIC)) {
      if (precededByWord(at, "import")) {
        continue; // import static a.B.c;
      }
      int i = skipSpace(at + 6);
      if (i < code.length && code[i] == '{') {
        continue; // a static initializer
      }
      boolean isFinal = modifierBefore(at, "final");
      // The modifiers and annotations after it.
      while (i < code.length) {
        if (code[i] == '@') {
          i = skipAnnotation(i);
          if (i < 0) {
            return null;
          }
          continue;
        }
        String word = wordAt(i);
        if (word == null || !MODIFIERS.contains(word)) {
          break;
        }
        isFinal |= word.equals("final");
        i = skipSpace(i + word.length());
      }
      if (isFinal) {
        continue;
      }
      if (i >= code.length) {
        return null;
      }
      if (code[i] == '<') {
        continue; // static <T> T m(…): a generic method
      }
      String first = wordAt(i);
      if (first == null) {
        return null;
      }
      if (TYPE_KEYWORDS.contains(first)) {
        continue; // static class, interface, enum, record: a type
      }
      // The field's or method's type: names, dots, type arguments, array brackets.
      i = skipSpace(i + first.length());
      while (i < code.length && (code[i] == '.' || code[i] == '<' || code[i] == '[')) {
        if (code[i] == '<') {
          i = skipSpace(skipAngles(i));
        } else if (code[i] == '[') {
          int close = skipSpace(i + 1);
          if (close >= code.length || code[close] != ']') {
            return null;
          }
          i = skipSpace(close + 1);
        } else {
          i = skipSpace(i + 1);
          String part = wordAt(i);
          if (part == null) {
            return null;
          }
          i = skipSpace(i + part.length());
        }
      }
      String name = wordAt(i);
      if (name == null) {
        return null;
      }
      int after = skipSpace(i + name.length());
      if (after < code.length && code[after] == '(') {
        continue; // a method
      }
      names.add(name);
      addLaterDeclarators(i + name.length(), names);
    }
    return names;
  }

  /**
   * Whether the code may declare a private class, interface, enum, record or annotation type:
   * {@code private}, then modifiers and annotations, then one of those keywords, or a shape this
   * reading cannot tell.
   */
  boolean mayDeclareAPrivateType() {
    for (int i : at(PRIVATE)) {
      int j = skipSpace(i + "private".length());
      while (j < code.length) {
        if (code[j] == '@') {
          if ("interface".equals(wordAt(skipSpace(j + 1)))) {
            return true; // private @interface A
          }
          j = skipAnnotation(j);
          if (j < 0) {
            return true;
          }
          continue;
        }
        String word = wordAt(j);
        if (word != null && TYPE_KEYWORDS.contains(word)) {
          return true;
        }
        if (word != null && word.equals("non")) {
          return true; // private non-sealed class
        }
        if (word == null || !MODIFIERS.contains(word)) {
          break; // a field's or a method's type, or a generic method's <T>
        }
        j = skipSpace(j + word.length());
      }
    }
    return false;
  }

  private static final Set<String> MODIFIERS = Set.of("public", "protected", "private",
      "static", "final", "transient", "volatile", "abstract", "synchronized", "native",
      "strictfp", "default", "sealed");

  private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum",
      "record");

  /** Whether {@code modifier} is among the modifier words right before {@code at}. */
  private boolean modifierBefore(int at, String modifier) {
    int end = skipSpaceBack(at - 1);
    while (end >= 0 && isIdentifierPart(code[end])) {
      int start = wordStart(code, end);
      String word = identifier(start, end + 1);
      if (word.equals(modifier)) {
        return true;
      }
      if (!MODIFIERS.contains(word)) {
        return false;
      }
      end = skipSpaceBack(start - 1);
    }
    return false; // an annotation or anything else: stop (missing a final only answers yes more)
  }

  private boolean precededByWord(int at, String word) {
    int end = skipSpaceBack(at - 1);
    int start = end - word.length() + 1;
    return start >= 0 && matches(word, start)
        && (start == 0 || !isIdentifierPart(code[start - 1]));
  }

  /**
   * The characters {@code code[start..end)} as a string: the file's own string when a word read
   * there is just that (no string per question), else a new one.
   */
  String identifier(int start, int end) {
    String known = occurrences.startingAt(start);
    return known != null && known.length() == end - start ? known : spelled(start, end);
  }

  /** The name at {@code code[start..end)} (no blanked place among it) as a new string. */
  private String spelled(int start, int end) {
    return spelled(code, spelling, start, end);
  }

  /**
   * The name at {@code code[start..end)} as a new string, read from {@code spelling} unless it
   * is null (see {@link #spelling}).
   */
  static String spelled(byte[] code, String spelling, int start, int end) {
    return spelling != null ? spelling.substring(start, end)
        : new String(code, start, end - start, StandardCharsets.ISO_8859_1);
  }

  /** The identifier starting at {@code at}, or null when none starts there. */
  String wordAt(int at) {
    if (at >= code.length || !isIdentifierStart(code[at])) {
      return null;
    }
    String known = occurrences.startingAt(at);
    if (known != null) {
      return known;
    }
    int end = at;
    while (end + 1 < code.length && isIdentifierPart(code[end + 1])) {
      end++;
    }
    return spelled(at, end + 1);
  }

  /** After the annotation starting at {@code at} and the space after it, or -1 if unclear. */
  private int skipAnnotation(int at) {
    int i = skipSpace(at + 1);
    String name = wordAt(i);
    if (name == null) {
      return -1;
    }
    i = skipSpace(i + name.length());
    while (i < code.length && code[i] == '.') {
      i = skipSpace(i + 1);
      String part = wordAt(i);
      if (part == null) {
        return -1;
      }
      i = skipSpace(i + part.length());
    }
    if (i < code.length && code[i] == '(') {
      i = closing(i, '(', ')');
      if (i >= code.length) {
        return -1;
      }
      i = skipSpace(i + 1);
    }
    return i;
  }

  /** After the type arguments opening at {@code at}, or the end of the code if they do not close. */
  private int skipAngles(int at) {
    return Math.min(closing(at, '<', '>') + 1, code.length);
  }

  /** Where the {@code close} matching the {@code open} at {@code at} is, or the code's length. */
  private int closing(int at, char open, char close) {
    return closing(code, at, open, close);
  }

  /**
   * Where, in {@code code}, the {@code close} matching the {@code open} at {@code at} is, or the
   * code's length.
   */
  static int closing(byte[] code, int at, char open, char close) {
    int depth = 0;
    for (int i = at; i < code.length; i++) {
      if (code[i] == open) {
        depth++;
      } else if (code[i] == close && --depth == 0) {
        return i;
      }
    }
    return code.length;
  }

  /**
   * Whether some call's receiver is written as a name {@code receiver} accepts ({@code Maps} in
   * {@code Maps.newHashMap()}), or in a shape this reading cannot tell.
   */
  boolean hasCallOn(Predicate<String> receiver) {
    if (calledNames == null) {
      readCalls();
    }
    for (int call = 0; call < callCount; call++) {
      String name = callReceivers[call];
      if (name.equals(ANY_RECEIVER) || !name.equals(NO_RECEIVER)
          && !name.equals(OTHER_RECEIVER) && receiver.test(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some call of {@code method} may be made on a variable named one of {@code names}:
   * its receiver is written as such a name (the one right before the dot: {@code cache} in
   * {@code Owner.cache.put(k, v)} and in {@code this.cache.put(k, v)}), or in a shape that is no
   * plain name ({@code (cache).put(k, v)}, a view's {@code cache.asMap().put(k, v)}) or that this
   * reading cannot tell.
   */
  boolean mayCallOn(String method, Set<String> names) {
    return !callsOn(method, names).isEmpty();
  }

  /**
   * Whether some call of {@code method}, on a receiver written as {@link #mayCallOn} reads it,
   * may be handed something that holds the enclosing instance, written among its arguments
   * ({@link #mayHoldTheEnclosingInstance}: {@code timer.schedule(() -> run(), 1)}).
   */
  boolean mayHandOverTheEnclosingInstance(String method, Set<String> names) {
    for (int open : callsOn(method, names)) {
      if (mayHoldTheEnclosingInstance(open + 1, closing(open, '(', ')'))) {
        return true;
      }
    }
    return false;
  }

  /** Where the argument lists of the calls {@link #mayCallOn} answers for open. */
  private List<Integer> callsOn(String method, Set<String> names) {
    List<Integer> found = new ArrayList<>(0);
    for (int call = firstCall(method); call >= 0; call = nextCallOfName[call]) {
      String receiver = callReceivers[call];
      if (receiver.equals(OTHER_RECEIVER) || receiver.equals(ANY_RECEIVER)
          || !receiver.equals(NO_RECEIVER) && names.contains(receiver)) {
        found.add(callOpens[call]);
      }
    }
    return found;
  }

  /**
   * Whether some plain {@code =} (not {@code ==}, not compound) after the name of a variable
   * among {@code targets} (any, when null) ({@code x}, {@code this.x}, not {@code a.x} or {@code
   * a[i]}) stores a value that may hold the enclosing instance ({@link
   * #mayHoldTheEnclosingInstance}, up to the statement's end): {@code HELD = () -> run();}. (A
   * declaration's initializer reads the same: more, never fewer.)
   */
  boolean mayStoreTheEnclosingInstance(Set<String> targets) {
    for (int i : equalSigns) {
      if (!isPlainAssignment(i)) {
        continue;
      }
      int end = skipSpaceBack(i - 1);
      if (end < 0 || !isIdentifierPart(code[end])) {
        continue;
      }
      int start = wordStart(code, end);
      int before = skipSpaceBack(start - 1);
      if (before >= 0 && code[before] == '.' && !precededByWord(before, "this")
          || targets != null && !targets.contains(identifier(start, end + 1))) {
        continue; // a.x = …: no variable of this file; or not a target
      }
      if (mayHoldTheEnclosingInstance(i + 1, statementEnd(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Where the expression starting at {@code from} ends: its {@code ;}, or a bracket it is in. */
  int statementEnd(int from) {
    int depth = 0;
    for (int i = from; i < code.length; i++) {
      byte c = code[i];
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && --depth < 0 || depth == 0 && c == ';') {
        return i;
      }
    }
    return code.length;
  }

  /**
   * Whether the code from {@code from} to {@code to} may write an object that holds the
   * enclosing instance (EnclosingInstance): a lambda ({@code ->}), {@code this::m} or {@code
   * super::m}, or a {@code new} (of an inner, a local or an anonymous class).
   */
  private boolean mayHoldTheEnclosingInstance(int from, int to) {
    for (int i = from; i < to && i < code.length; i++) {
      byte c = code[i];
      if (i + 1 < code.length && (c == '-' && code[i + 1] == '>'
          || c == ':' && code[i + 1] == ':'
              && (precededByWord(i, "this") || precededByWord(i, "super")))
          || c == 'n' && i + 3 <= code.length && matches("new", i)
              && (i == 0 || !isIdentifierPart(code[i - 1]))
              && (i + 3 >= code.length || !isIdentifierPart(code[i + 3]))) {
        return true;
      }
    }
    return false;
  }

  private int skipSpace(int from) {
    return skipSpace(code, from);
  }

  /**
   * Whether the character at {@code i} is a plain {@code =}: not part of {@code ==}, nor of a
   * comparison ({@code <=}, {@code !=}) or a compound assignment ({@code +=}).
   */
  boolean isPlainAssignment(int i) {
    return code[i] == '=' && !(i + 1 < code.length && code[i + 1] == '=')
        && !(i > 0 && "=!<>+-*/%&|^".indexOf(code[i - 1]) >= 0);
  }

  private int skipSpaceBack(int from) {
    return skipSpaceBack(code, from);
  }

  private boolean matches(String word, int at) {
    if (spelling == null) {
      return matches(code, word, at);
    }
    for (int j = 0; j < word.length(); j++) {
      // A space of the code (blanked or not) is none of a word's; any other byte stands for
      // the text's character there.
      if (isSpace(code[at + j]) || spelling.charAt(at + j) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Where the first non-space character of {@code code} from {@code from} is, or its length. */
  static int skipSpace(byte[] code, int from) {
    int i = from;
    while (i < code.length && isSpace(code[i])) {
      i++;
    }
    return i;
  }

  /**
   * Where the identifier whose last character is at {@code last} starts (for readers walking
   * the code backwards from a name's end).
   */
  static int wordStart(byte[] code, int last) {
    int start = last;
    while (start > 0 && isIdentifierPart(code[start - 1])) {
      start--;
    }
    return start;
  }

  /** Where the last non-space character of {@code code} up to {@code from} is, or -1. */
  static int skipSpaceBack(byte[] code, int from) {
    int i = from;
    while (i >= 0 && isSpace(code[i])) {
      i--;
    }
    return i;
  }

  /**
   * Whether {@code word} is written in {@code code} at {@code at} (which leaves room for it). A
   * word of ASCII characters only, or a code that holds its own characters ({@link Latin1Code}):
   * else ask {@link #matches(String, int)}.
   */
  static boolean matches(byte[] code, String word, int at) {
    for (int j = 0; j < word.length(); j++) {
      if ((code[at + j] & 0xFF) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Character.isJavaIdentifierStart of the character {@code c} stands for (see Latin1Code). */
  static boolean isIdentifierStart(byte c) {
    return Latin1Code.IDENTIFIER_START[c & 0xFF];
  }

  /** Character.isJavaIdentifierPart of the character {@code c} stands for. */
  static boolean isIdentifierPart(byte c) {
    return Latin1Code.IDENTIFIER_PART[c & 0xFF];
  }

  /** Character.isWhitespace of the character {@code c} stands for. */
  static boolean isSpace(byte c) {
    return Latin1Code.SPACE[c & 0xFF];
  }
}
