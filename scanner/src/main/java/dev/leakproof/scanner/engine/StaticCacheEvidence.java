package dev.leakproof.scanner.engine;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Effect;
import dev.leakproof.checks.model.singleton.SingletonBeans;
import java.util.HashSet;
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
      if (collections == null) {
        collections = judgedNames(words, COLLECTION_TYPE_SIMPLE_NAME);
        caches = judgedNames(words, CACHE_TYPE_SIMPLE_NAME);
      }
      Set<String> receivers = adds ? collections : caches;
      for (String name : receivers) {
        if (!added.contains(name)
            && WrittenCode.mayCallOnAChainWriting(words, method, name::equals)) {
          added.add(name);
        }
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
        || mayStoreANewOfAClassItDeclares(words);
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
   * Whether the file may keep the one instance of a class it declares: a class singleton's one
   * creation is a {@code new T(..)} of it stored directly, by a plain {@code =} with at most
   * parentheses between (ParsedSingletonClass.staticFieldHolding: a declaration's initializer or
   * an assignment), and T is matched to the class by its simple name. True where this reading
   * cannot tell ({@code new @A T()}).
   */
  private static boolean mayStoreANewOfAClassItDeclares(SourceWords words) {
    char[] code = words.code();
    Set<String> declared = null;
    for (int at : words.startsOf("new")) {
      int before = SourceWords.skipSpaceBack(code, at - 1);
      while (before >= 0 && code[before] == '(') {
        before = SourceWords.skipSpaceBack(code, before - 1);
      }
      if (before < 0 || code[before] != '=' || !words.isPlainAssignment(before)) {
        continue;
      }
      String created = createdSimpleName(words, at + "new".length());
      if (created == null) {
        return true;
      }
      if (declared == null) {
        declared = WrittenCode.declaredClasses(words);
      }
      if (declared.contains(created)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The simple name of the type a {@code new} whose type starts at or after {@code from} creates
   * ({@code Inner} in {@code new Outer<T>.Inner()}), "" when none is written (an array's {@code
   * new int[3]}), or null when this reading cannot tell (an annotated type).
   */
  private static String createdSimpleName(SourceWords words, int from) {
    char[] code = words.code();
    String last = "";
    int i = SourceWords.skipSpace(code, from);
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
        return code[i] == '@' ? null : last;
      }
    }
    return last;
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
