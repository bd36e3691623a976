package dev.leakproof.scanner.engine;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Effect;
import dev.leakproof.checks.model.singleton.SingletonBeans;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What UnboundedStaticCache needs to see in a file's code before it can report there (see
 * {@link TextPrefilter}: a necessary condition of the rule, read from the rule's code).
 *
 * <p>The judged field is declared with a collection, map or cache type, named by its simple or
 * qualified name: either way the simple name is a word of the code. It is private, or in a
 * private class ({@code UnboundedStaticCache.confinedToFile}), and it lives as long as its class:
 * static (written, or implied by an interface), or an instance field of a singleton (an enum; a
 * class instantiated into its own static field; a class with a DI container's singleton scope,
 * by its annotation's name).
 *
 * <p>The model reports only a field that is added to and whose first value can grow without
 * bound ({@code StaticCacheModel.judge}), so one name {@code N} of such a field must show both:
 * <ul>
 *   <li>an add ({@link CollectionApis#effectOf} ADDS) called on a chain that starts at a
 *       reference to the field ({@code StaticFieldUses.followCalls}: {@code N.put(..)}, {@code
 *       Owner.N.put(..)}, {@code this.N.put(..)}, {@code (N).put(..)}, a view's {@code
 *       N.keySet().add(..)}), so {@code N} is written in the receiver's chain; a cache's own adds
 *       ({@link CollectionApis#cacheEffectOf}: {@code get}, {@code refresh}) count only on a field
 *       declared with a cache type ({@code onCache});</li>
 *   <li>a first value ({@code StaticCollection.initialGrowth}: the declaration's initializer or
 *       an assignment during initialisation, each a plain {@code N = v}) that {@code
 *       CollectionGrowth} finds unbounded: a {@code new} of a collection type, a call on a
 *       collection factory class or a cache builder ({@code Collections.synchronizedMap(..)},
 *       {@code Maps.newHashMap()}, {@code CacheBuilder.newBuilder()..build()}), each naming one
 *       of {@link CollectionApis#factoryOwnerSimpleNames}. (Guava's {@code Immutable...} and the
 *       JDK's {@code Map.of} make unmodifiable values, never reported.)</li>
 * </ul>
 */
final class StaticCacheEvidence {
  private StaticCacheEvidence() {}

  static boolean mayReport(SourceWords words) {
    if (!words.hasAny(CollectionApis.collectionTypeSimpleNames()) || !words.has("private")
        || !(words.has("static") || words.has("interface") || words.has("enum")
            || words.hasAny(SINGLETON_SCOPE_SIMPLE_NAMES))) {
      return false;
    }
    Set<String> added = namesAddedTo(words);
    for (String name : added) {
      if (WrittenCode.anyValueStoredInto(words, name, (from, to) ->
          WrittenCode.anyWordIn(words, from, to, MAKES_A_GROWING_COLLECTION))) {
        return true;
      }
    }
    return false;
  }

  /** The names of judged fields some add may be called on (see the class comment). */
  private static Set<String> namesAddedTo(SourceWords words) {
    Set<String> added = new HashSet<>();
    Set<String> collections = null; // read when some add is called
    Set<String> caches = null;
    for (String method : words.calledNames()) { // no call of another name is made on anything
      boolean adds = CollectionApis.effectOf(method) == Effect.ADDS;
      if (!adds && CollectionApis.cacheEffectOf(method) != Effect.ADDS) {
        continue;
      }
      Set<String> receivers;
      if (adds) {
        if (collections == null) {
          collections = judgedNames(words, COLLECTION_TYPE_SIMPLE_NAME);
        }
        receivers = collections;
      } else {
        if (caches == null) { // a get() in most files: read the caches only where one is named
          caches = words.hasAny(CollectionApis.cacheTypeSimpleNames())
              ? judgedNames(words, CACHE_TYPE_SIMPLE_NAME) : Set.of();
        }
        receivers = caches;
      }
      if (!receivers.isEmpty()) {
        WrittenCode.namesInReceiverChains(words, method, receivers, added);
      }
    }
    return added;
  }

  /**
   * The names a field the rule judges may have: declared with a {@code type}, `private` or
   * in a private type (UnboundedStaticCache.confinedToFile), and `static` written, or an
   * instance field of a singleton (an enum, a class the file creates, a DI scope's annotation:
   * Singletons.holderOf, SingletonBeans), or a field of a private interface (static unwritten).
   */
  private static Set<String> judgedNames(SourceWords words, Predicate<String> type) {
    boolean privateType = words.mayDeclareAPrivateType();
    boolean singleton = words.has("enum") || words.hasAny(SINGLETON_SCOPE_SIMPLE_NAMES)
        || mayHoldAClassSingleton(words);
    if (privateType && (singleton || words.has("interface"))) {
      return words.namesDeclaredWithType(type);
    }
    if (privateType) {
      return words.namesDeclaredWithType(type, "static");
    }
    return singleton ? words.namesDeclaredWithType(type, "private")
        : words.namesDeclaredWithType(type, "private", "static");
  }

  /**
   * Whether the file may keep the one instance of a class it declares, as Singletons.holderOf
   * wants it (read by ParsedSingletonClass): the file writes exactly one {@code new T(..)} of
   * that simple name (creations), stored directly by a plain {@code =}, with at most parentheses
   * between, into a field declared {@code static} (staticFieldHolding: the declaration's
   * initializer, or an assignment to such a field); and every constructor of T is private, or T
   * declares none and is private itself (everyConstructorPrivate). True where this reading cannot
   * tell ({@code new @A T()}).
   */
  private static boolean mayHoldAClassSingleton(SourceWords words) {
    Map<String, Integer> creations = new HashMap<>();
    List<String> stored = new ArrayList<>(2);
    for (int at : words.startsOf("new")) {
      String created = createdClass(words, at);
      if (created.equals(CANNOT_TELL)) {
        return true;
      }
      if (created.isEmpty()) {
        continue; // an array
      }
      creations.merge(created, 1, Integer::sum);
      if (storedIntoAStaticField(words, at)) {
        stored.add(created);
      }
    }
    if (stored.isEmpty()) {
      return false;
    }
    Map<String, Integer> declared = declarations(words);
    for (String type : stored) {
      if (creations.get(type) == 1 && declared.containsKey(type)
          && mayHaveOnlyPrivateConstructors(words, type, declared.get(type))) {
        return true;
      }
    }
    return false;
  }

  /** What {@link #createdClass} gives when this reading cannot tell. */
  private static final String CANNOT_TELL = "@";

  /**
   * The simple name of the class the {@code new} at {@code at} creates an instance of ({@code
   * Inner} in {@code new Outer<T>.Inner<>()}), "" when it creates none (an array), or {@link
   * #CANNOT_TELL} (an annotated type).
   */
  private static String createdClass(SourceWords words, int at) {
    byte[] code = words.code();
    String last = "";
    int i = SourceWords.skipSpace(code, at + "new".length());
    while (i < code.length) {
      String word = words.wordAt(i);
      if (word != null) {
        last = word;
        i = SourceWords.skipSpace(code, i + word.length());
      } else if (code[i] == '<') {
        i = SourceWords.skipSpace(code, SourceWords.closing(code, i, '<', '>') + 1);
      } else if (code[i] == '.') {
        i = SourceWords.skipSpace(code, i + 1);
      } else {
        return code[i] == '@' ? CANNOT_TELL : code[i] == '(' ? last : "";
      }
    }
    return "";
  }

  /**
   * Whether the {@code new} at {@code at} is stored directly by a plain {@code =} (parentheses
   * between) into a name some declaration of which writes {@code static}.
   */
  private static boolean storedIntoAStaticField(SourceWords words, int at) {
    byte[] code = words.code();
    int before = SourceWords.skipSpaceBack(code, at - 1);
    while (before >= 0 && code[before] == '(') {
      before = SourceWords.skipSpaceBack(code, before - 1);
    }
    if (before < 0 || code[before] != '=' || !words.isPlainAssignment(before)) {
      return false;
    }
    String target = wordEndingAt(words, SourceWords.skipSpaceBack(code, before - 1));
    if (target == null) {
      return false;
    }
    for (int occurrence : words.startsOf(target)) {
      if (words.wordInDeclarationBefore(occurrence, "static")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per simple name written after {@code class}, where that {@code class} is; -1 for a name
   * declared more than once, as a class or another type (each has its own constructors).
   */
  private static Map<String, Integer> declarations(SourceWords words) {
    byte[] code = words.code();
    Map<String, Integer> declared = new HashMap<>();
    for (int keyword : words.startsOf("class")) {
      String name = words.wordAt(SourceWords.skipSpace(code, keyword + "class".length()));
      if (name != null) {
        declared.merge(name, keyword, (a, b) -> -1);
      }
    }
    for (String other : List.of("record", "enum", "interface")) {
      for (int keyword : words.startsOf(other)) {
        String name = words.wordAt(SourceWords.skipSpace(code, keyword + other.length()));
        if (name != null) {
          declared.computeIfPresent(name, (n, at) -> -1);
        }
      }
    }
    return declared;
  }

  /**
   * Whether the class {@code type}, declared by the {@code class} at {@code keyword} (-1: by
   * more than one), may have only private constructors: none written right after {@code public}
   * or {@code protected} (a constructor is the name followed by parameters and then a body or
   * {@code throws}, not after a dot or {@code new}; a method of that name has a return type
   * before it), and, when it writes none, {@code private} in the class's own declaration.
   */
  private static boolean mayHaveOnlyPrivateConstructors(SourceWords words, String type,
      int keyword) {
    if (keyword < 0) {
      return true;
    }
    byte[] code = words.code();
    boolean any = false;
    for (int at : words.startsOf(type)) {
      int open = SourceWords.skipSpace(code, at + type.length());
      int before = SourceWords.skipSpaceBack(code, at - 1);
      String previous = wordEndingAt(words, before);
      if (open >= code.length || code[open] != '(' || before >= 0 && code[before] == '.'
          || "new".equals(previous)) {
        continue;
      }
      int next = SourceWords.skipSpace(code, SourceWords.closing(code, open, '(', ')') + 1);
      if (next >= code.length
          || code[next] != '{' && !"throws".equals(words.wordAt(next))) {
        continue; // a call
      }
      any = true;
      if ("public".equals(previous) || "protected".equals(previous)) {
        return false;
      }
    }
    return any || words.wordInDeclarationBefore(keyword, "private");
  }

  /** The word whose last character is at {@code end}, or null. */
  private static String wordEndingAt(SourceWords words, int end) {
    byte[] code = words.code();
    if (end < 0 || !SourceWords.isIdentifierPart(code[end])) {
      return null;
    }
    int start = SourceWords.wordStart(code, end);
    return words.wordAt(start);
  }

  private static final Set<String> SINGLETON_SCOPE_SIMPLE_NAMES = SingletonBeans
      .knownSingletonScopes().stream().map(TextPrefilter::simpleName).collect(Collectors.toSet());

  private static final Predicate<String> COLLECTION_TYPE_SIMPLE_NAME =
      CollectionApis.collectionTypeSimpleNames()::contains;

  private static final Predicate<String> CACHE_TYPE_SIMPLE_NAME =
      CollectionApis.cacheTypeSimpleNames()::contains;

  /** A word a value {@code CollectionGrowth} may find unbounded must write (collection types too). */
  private static final Predicate<String> MAKES_A_GROWING_COLLECTION =
      CollectionApis.factoryOwnerSimpleNames()::contains;
}
