package dev.leakproof.scanner.engine;

import dev.leakproof.checks.knowledge.ReleaseMethods;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.ResourceFactories;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** UnclosedResource's evidence for {@link TextPrefilter}. */
final class UnclosedResourceEvidence {
  private UnclosedResourceEvidence() {}

  /**
   * What UnclosedResource starts from. A `new` of a type whose constructor may open (the table's
   * resource types, printers and scanners given a file, library types; Acquisitions.constructs:
   * any other `new` acquires only as a wrapper of an argument that acquires itself, which is
   * evidence of its own, or not at all, as an in-memory stream), or a call of
   * one of its factories whose receiver is written as Acquisitions.receiverFits wants it (the
   * owner's class name for a static factory, anything else for an instance one, nothing for a
   * statically imported one, whose owner the import names). A value no table knows is a
   * resource only when the method closes it (SelfClosedLocals): `x.close()` or a release method
   * of its type (ReleaseMethods: `deflater.end()`) on a local the same body stores a `new` or a
   * call's value into before it (`x = f(..); … x.close()`, SelfClosedLocals.sites), a quiet-close
   * helper or a known class's closing helper given it, or `try (x)`. And a `new` of a class the
   * file declares `Closeable` or `AutoCloseable` (OwnCloseables.mayCreate), whose `close()` may
   * close its field in any shape.
   *
   * <p>A `new` or a factory's call that is the whole value of a try-with-resources declaration
   * ({@code try (InputStream in = Files.newInputStream(p))}) is no evidence: the rule reports an
   * acquisition only at the site itself, and for this one it has nothing to say (its carrier is
   * the site, held by the header's declarator, which SelfClosedLocals.localAssigned does not
   * follow: UnclosedResource.verdict is empty; it wraps nothing, and no field holds it), unless
   * a {@code return} may hand the variable back: LocalFactories takes a method returning a local
   * whose every value acquires for a factory, whose calls are then acquisitions. A site inside
   * that value ({@code new BufferedReader(new FileReader(f))}) is evidence of its own.
   */
  static boolean mayReport(SourceWords words) {
    Set<String> created = words.createdTypes();
    if (created == null || created.stream().anyMatch(OPENING_CONSTRUCTOR_SIMPLE_NAMES::contains)) {
      return mayOpenByConstructor(words); // which `new`s, read only when one may open
    }
    return mayOpenOtherwise(words);
  }

  /** {@link #mayReport}, given that the code creates a type whose constructor may open. */
  private static boolean mayOpenByConstructor(SourceWords words) {
    byte[] code = words.code();
    for (int at : words.newKeywords()) {
      String type = words.createdTypeAt(at);
      if (type == null) {
        return true; // new @A T(..): the type cannot be read
      }
      if (OPENING_CONSTRUCTOR_SIMPLE_NAMES.contains(type)
          && !isTryResourceValue(words, at, argumentsEnd(code, at))) {
        return true;
      }
    }
    return mayOpenOtherwise(words);
  }

  /** {@link #mayReport} but for a `new` of a type whose constructor may open. */
  private static boolean mayOpenOtherwise(SourceWords words) {
    for (String factory : words.calledNames()) { // a factory's acquisition is a call of it
      if (!FACTORY_OWNERS.containsKey(factory)) {
        continue;
      }
      List<String> receivers = words.receiversOf(factory);
      List<Integer> argumentCounts = words.argumentCountsOf(factory);
      List<Integer> argumentLists = words.argumentListsOf(factory);
      for (int i = 0; i < receivers.size(); i++) {
        if (receiverMayFit(words, factory, receivers.get(i), argumentCounts.get(i))
            && !isTryResourceCall(words, factory, argumentLists.get(i))) {
          return true;
        }
      }
    }
    return TextPrefilter.anyWord(words.calledNames(), w -> releasesReceiverSpelled(words, w)
            && words.hasNoArgumentCallOnLocalStoredBefore(w))
        || mayCreateOwnCloseable(words)
        || ResourceApis.quietCloseHelperNames().stream().anyMatch(h -> !words.receiversOf(h).isEmpty())
        || TextPrefilter.anyWord(words.calledNames(), w -> closesByKnownClassHelper(words, w))
        || words.hasTryWithNamedResource()
        || mayCallConventionalFactory(words);
  }

  /**
   * Whether a call named {@code method} may be a known class's closing helper ({@code
   * IoUtils.safeClose(buffer)}, Ant's {@code FileUtils.close(in)}), as ClosingHelpers decides
   * it: called on the class's name (simple or qualified: the word before the dot is its simple
   * name), or without a receiver but given something, where the file spells {@code static} and
   * the class (its static import; not a declaration of the file's own {@code close()}). Such a
   * helper closes a local the method stored a call's value into (SelfClosedLocals), as {@code
   * close()} on it would (undertow's PerMessageDeflateFunction: a pooled buffer closed only by
   * XNIO's {@code safeClose}).
   */
  private static boolean closesByKnownClassHelper(SourceWords words, String method) {
    if (!ResourceApis.mayCloseArguments(method)) {
      return false;
    }
    Set<String> classes = CLOSING_HELPER_OWNER_SIMPLE_NAMES.computeIfAbsent(method,
        helper -> ResourceApis.closingHelperOwners(helper).stream()
            .map(TextPrefilter::simpleName).collect(Collectors.toUnmodifiableSet()));
    List<String> receivers = words.receiversOf(method);
    List<Integer> argumentCounts = words.argumentCountsOf(method);
    for (int i = 0; i < receivers.size(); i++) {
      String receiver = receivers.get(i);
      if (receiver.equals(SourceWords.ANY_RECEIVER) || classes.contains(receiver)
          || receiver.equals(SourceWords.NO_RECEIVER) && argumentCounts.get(i) != 0
              && words.has("static") && words.hasAny(classes)) {
        return true; // not a declaration such as `public void close()`
      }
    }
    return false;
  }

  /** Per closing helper name asked (the table's few), the simple names of its classes. */
  private static final Map<String, Set<String>> CLOSING_HELPER_OWNER_SIMPLE_NAMES =
      new ConcurrentHashMap<>();

  /**
   * Where the arguments of the {@code new} at {@code at} close, or -1 when it has none ({@code
   * new T[n]}, a shape this reading does not follow).
   */
  private static int argumentsEnd(byte[] code, int at) {
    for (int i = at + 3; i < code.length; i++) {
      byte c = code[i];
      if (c == '(') {
        return SourceWords.closing(code, i, '(', ')');
      }
      if (c == '[' || c == '{' || c == ';' || c == ')') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the call of {@code factory} whose arguments open at {@code open} is a resource's whole value. */
  private static boolean isTryResourceCall(SourceWords words, String factory, int open) {
    byte[] code = words.code();
    int nameStart = SourceWords.skipSpaceBack(code, open - 1) - factory.length() + 1;
    int start = nameStart < 0 ? -1 : words.chainStart(nameStart);
    return start >= 0
        && isTryResourceValue(words, start, SourceWords.closing(code, open, '(', ')'));
  }

  /**
   * Whether the expression from {@code start} to {@code end} (its last character) is the whole
   * value of a declaration in a try-with-resources header: right after a {@code =} that stands
   * directly inside the parentheses after {@code try} (a resource is a declaration or a
   * variable, so such a {@code =} is a declarator's), and followed by the {@code ;} or the
   * {@code )} that ends the resource.
   */
  private static boolean isTryResourceValue(SourceWords words, int start, int end) {
    byte[] code = words.code();
    if (end < 0 || end >= code.length) {
      return false;
    }
    int after = SourceWords.skipSpace(code, end + 1);
    int equals = SourceWords.skipSpaceBack(code, start - 1);
    if (after >= code.length || code[after] != ';' && code[after] != ')'
        || equals < 1 || !words.isPlainAssignment(equals)) {
      return false;
    }
    int depth = 0;
    for (int i = equals - 1; i >= 0; i--) {
      byte c = code[i];
      if (c == ')' || c == ']' || c == '}') {
        depth++;
      } else if (c == '(' || c == '[' || c == '{') {
        if (depth-- > 0) {
          continue;
        }
        int keyword = SourceWords.skipSpaceBack(code, i - 1);
        return c == '(' && keyword >= 2 && SourceWords.matches(code, "try", keyword - 2)
            && (keyword == 2 || !SourceWords.isIdentifierPart(code[keyword - 3]))
            && !mayBeReturned(words, SourceWords.skipSpaceBack(code, equals - 1));
      }
    }
    return false;
  }

  /**
   * Whether a name that ends right before {@code after} may be a value itself, not the receiver
   * of a call or a field read, nor an indexed array ({@code in.read()}, {@code a[0]}).
   */
  private static boolean isValueItself(byte[] code, int after) {
    int next = SourceWords.skipSpace(code, after);
    return next >= code.length || code[next] != '.' && code[next] != '(' && code[next] != '[';
  }

  /**
   * Whether the variable whose name ends at {@code nameEnd} (inclusive) may be handed back: its
   * name is written in some {@code return} statement of the file as a value itself
   * (LocalFactories.returned reads the returned local, casts, parentheses and a conditional's
   * branches stripped).
   */
  private static boolean mayBeReturned(SourceWords words, int nameEnd) {
    byte[] code = words.code();
    if (nameEnd < 0 || !SourceWords.isIdentifierPart(code[nameEnd])) {
      return true;
    }
    int nameStart = SourceWords.wordStart(code, nameEnd);
    for (int at : words.startsOf(List.of("return"))) {
      int depth = 0;
      for (int i = at + 6; i < code.length; i++) {
        byte c = code[i];
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          if (--depth < 0) {
            break;
          }
        } else if (c == ';' && depth == 0) {
          break;
        } else if (c == code[nameStart] && !SourceWords.isIdentifierPart(code[i - 1])
            && i + nameEnd - nameStart < code.length
            && Arrays.equals(code, nameStart, nameEnd + 1, code, i, i + nameEnd + 1 - nameStart)
            && (i + nameEnd + 1 - nameStart == code.length
                || !SourceWords.isIdentifierPart(code[i + nameEnd + 1 - nameStart]))
            && isValueItself(code, i + nameEnd + 1 - nameStart)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the file may create an instance of a class it declares that implements {@code
   * Closeable} or {@code AutoCloseable} by that simple name (OwnCloseables reads the implemented
   * types' names only) and declares {@code close()}.
   */
  private static boolean mayCreateOwnCloseable(SourceWords words) {
    return words.has("implements") && words.has("close")
        && (words.has("Closeable") || words.has("AutoCloseable"))
        && words.mayCreateAClassItDeclares();
  }

  private static final Set<String> OPENING_CONSTRUCTOR_SIMPLE_NAMES =
      ResourceApis.typesWhoseConstructorMayOpen().stream().map(TextPrefilter::simpleName)
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Whether a call named {@code method} may release its receiver, as ReleaseCalls decides it:
   * {@code close()} on anything, another release method only on a receiver declared with a type
   * the table lists for it, which the file then spells ({@code Deflater} for {@code end()}).
   */
  private static boolean releasesReceiverSpelled(SourceWords words, String method) {
    return ResourceApis.isCloseMethod(method) || ReleaseMethods.mayReleaseReceiver(method)
        && words.hasAny(RELEASED_TYPE_SIMPLE_NAMES.computeIfAbsent(method,
            ReleaseMethods::typeSimpleNamesReleasedBy));
  }

  /** Per release method name asked (the table's few), the simple names of the types it releases. */
  private static final Map<String, Set<String>> RELEASED_TYPE_SIMPLE_NAMES =
      new ConcurrentHashMap<>();

  /**
   * A call named as creating something ({@code openFileEx(..)}) whose value is stored into a
   * variable declared with a JDK resource type's simple name ({@code InputStream in =
   * IO.openFileEx(n)}): ConventionalFactories may take it for an acquisition. Not the whole
   * value of a try-with-resources declaration (see {@link #mayReport}).
   */
  private static boolean mayCallConventionalFactory(SourceWords words) {
    return TextPrefilter.anyWord(words.words(), ResourceApis::isOwnedResultSimpleName)
        && TextPrefilter.anyWord(words.calledNames(), w -> ResourceFactories.namesAFactory(w)
            && words.mayBeStoredIntoVariableOfType(w, OWNED_RESULT_SIMPLE_NAME,
                open -> !isTryResourceCall(words, w, open)));
  }

  private static final Predicate<String> OWNED_RESULT_SIMPLE_NAME =
      ResourceApis::isOwnedResultSimpleName;

  /**
   * Whether a call of {@code factory} written with that receiver and that many arguments may
   * acquire, as Acquisitions decides it: on a class name, a static factory of a class of that
   * name; on anything else, an instance factory taking that many arguments
   * (ResourceApis.mayBeInstanceFactoryCall, asked before the receiver is resolved); with no
   * receiver, a statically imported static factory (an instance method called so has no
   * receiver the result could come from), whose import names the owner.
   */
  private static boolean receiverMayFit(SourceWords words, String factory, String receiver,
      int argumentCount) {
    if (receiver.equals(SourceWords.ANY_RECEIVER)
        || ResourceApis.acquiresWhateverTheOwner(factory)) {
      return true; // getResourceAsStream: whoever declares it (Acquisitions.receiverFits)
    }
    if (receiver.equals(SourceWords.NO_RECEIVER)) {
      return words.hasAny(FACTORY_OWNER_SIMPLE_NAMES.get(factory));
    }
    boolean typeLike = !receiver.equals(SourceWords.OTHER_RECEIVER)
        && Character.isUpperCase(receiver.charAt(0))
        && !receiver.equals(receiver.toUpperCase(Locale.ROOT));
    if (!typeLike) {
      return argumentCount == SourceWords.ANY_ARGUMENT_COUNT
          || ResourceApis.mayBeInstanceFactoryCall(factory, argumentCount);
    }
    for (String owner : FACTORY_OWNERS.get(factory)) {
      if (owner.endsWith(receiver) && owner.length() > receiver.length()
          && owner.charAt(owner.length() - receiver.length() - 1) == '.') {
        return true; // owner.endsWith("." + receiver), without a string per question
      }
    }
    return false;
  }

  /**
   * Per factory method name of the table, the classes (fully qualified) that declare it as a
   * static factory (ResourceApis.factoryOwners, then isStaticFactory): read once, not per call.
   */
  private static final Map<String, List<String>> FACTORY_OWNERS = staticFactoryOwners();

  private static Map<String, List<String>> staticFactoryOwners() {
    Map<String, List<String>> owners = new HashMap<>();
    for (String factory : ResourceApis.factoryMethodNames()) {
      owners.put(factory, ResourceApis.factoryOwners(factory).stream()
          .filter(owner -> ResourceApis.isStaticFactory(owner, factory)).toList());
    }
    return Map.copyOf(owners);
  }

  /** Per factory method name of the table, the simple names of its {@link #FACTORY_OWNERS}. */
  private static final Map<String, Set<String>> FACTORY_OWNER_SIMPLE_NAMES =
      FACTORY_OWNERS.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
          e -> e.getValue().stream().map(TextPrefilter::simpleName)
              .collect(Collectors.toUnmodifiableSet())));
}
