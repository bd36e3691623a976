package dev.leakproof.checks.model.staticcache;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import dev.leakproof.checks.knowledge.KeyDomains;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * UnboundedStaticCache's decision and sentence, the same in every engine: a long-lived
 * collection that starts unbounded, is added to outside initialisation, and that nothing
 * removes from, replaces, bounds (a {@code size()} check beside the add) or hands to other code
 * that might, nor a registry (every add in a {@link CollectionAdd#registration() registration
 * method}). A map keyed by an enum (or a set of one) is bounded by its constants, like an
 * {@code EnumMap}, whatever its class; likewise one keyed by a JDK type whose values the machine
 * fixes ({@code FileStore}: one per mounted file system). A map with weak keys
 * ({@code WeakHashMap}) is bounded by what the rest of the program holds, unless its values hold
 * their keys: then nothing is ever cleared and it only grows. An add whose key comes from a
 * domain the code bounds ({@link BoundedKeys}: a clamped integer, the length of a formatted
 * number, a member of a fixed set) adds at most that many entries.
 */
public final class StaticCacheModel {
  private StaticCacheModel() {}

  /**
   * A collection's declared key type (a map's first type argument, a set's element type), as an
   * engine reads it.
   *
   * @param hasName whether its qualified name is one the given predicate accepts (an engine that
   *     reads names through a file's imports tries each reading the imports allow)
   * @param isEnum whether it is an enum (it may cost a class lookup: asked last)
   */
  public record KeyType(Predicate<Predicate<String>> hasName, BooleanSupplier isEnum) {}

  /**
   * Whether a collection declared as {@code declaredType} holds each key once
   * ({@link CollectionApis#holdsEachKeyOnce}: a map's keys, a set's elements) and its key type
   * has a closed set of values: a JDK type {@link KeyDomains#isClosed} names (one per mounted
   * file system, per charset; not a {@code Locale}, a time zone or a {@code Class}, which a
   * program makes from its input), or an enum ({@link StaticCollection#keyedByClosedDomain}).
   *
   * @param keyType the declared key type; empty when the declaration names none (a raw type)
   */
  public static boolean keyedByClosedDomain(String declaredType,
      Supplier<Optional<KeyType>> keyType) {
    if (!CollectionApis.holdsEachKeyOnce(declaredType)) {
      return false;
    }
    Optional<KeyType> key = keyType.get();
    return key.isPresent() && (key.get().hasName().test(KeyDomains::isClosed)
        || key.get().isEnum().getAsBoolean());
  }

  /** The finding's sentence, or empty when the collection cannot only grow. */
  public static Optional<String> judge(StaticCollection collection) {
    if (collection.removes() || collection.replaced() || collection.escapes()) {
      return Optional.empty();
    }
    List<CollectionAdd> adds = collection.adds().get();
    Growth growth = adds.isEmpty() ? Growth.UNKNOWN : collection.initialGrowth().get();
    // A WeakHashMap whose values reference their keys: the map holds each value strongly, the
    // value holds the key, so no key ever becomes weakly reachable (WeakHashMap's javadoc).
    boolean keysPinned =
        growth == Growth.WEAK_KEYS && collection.valuesHoldTheirKeys().getAsBoolean();
    if (growth != Growth.UNBOUNDED && !keysPinned) {
      return Optional.empty();
    }
    if (collection.keyedByClosedDomain().getAsBoolean()) {
      // At most one entry per enum constant, per mounted file system, per charset: bounded by
      // the program or the machine, not by the data it processes.
      return Optional.empty();
    }
    // The first unguarded add in the file, so every engine names the same one. An extension
    // registry, filled by the class's own static initialiser through the method other code
    // registers with, grows with the program's registrations, not with its data.
    return adds.stream()
        .filter(add -> !add.sizeChecked() && !add.registration() && !add.boundedKey())
        .min(Comparator.comparingInt(CollectionAdd::line))
        .map(add -> keysPinned
            ? keysPinnedMessage(collection.subject(), add.method() + " on line " + add.line())
            : onlyGrowsMessage(collection.subject(), add.method() + " on line " + add.line()));
  }

  static String keysPinnedMessage(String subject, String adder) {
    return subject + " is a WeakHashMap whose values hold their own keys: the map keeps each"
        + " value strongly and the value keeps its key, so no entry that " + adder + " adds is"
        + " ever cleared. Keep the key out of the value, or hold the value through a"
        + " WeakReference";
  }

  static String onlyGrowsMessage(String subject, String adder) {
    return subject + " only grows: " + adder + " adds to it, and nothing removes from it, clears,"
        + " replaces or bounds it, so every entry stays reachable for the life of the class"
        + " loader. Bound it (a cache with maximumSize, an LRU LinkedHashMap) or remove entries"
        + " when they are done";
  }
}
