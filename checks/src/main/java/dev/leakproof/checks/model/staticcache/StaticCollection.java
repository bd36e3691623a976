package dev.leakproof.checks.model.staticcache;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The facts about one long-lived collection (a static field, or an instance field of a
 * singleton) that UnboundedStaticCache judges, as an engine extracts them from all the code that
 * can reach the field. The model reads the cheap facts first and asks for the adds and the
 * initial value's growth only when they can still change the verdict.
 *
 * @param subject how the finding names the collection ({@link #staticField},
 *     {@link #singletonField})
 * @param adds the adds outside initialisation, in any order
 * @param removes whether anything removes from it: directly, through a view, or an iterator's
 *     {@code remove()}
 * @param replaced whether it is assigned outside initialisation (a new collection replaces it)
 * @param escapes whether it escapes to code that may remove (an argument, a return value, an
 *     alias)
 * @param initialGrowth how large its initial value can grow ({@link Growth#UNKNOWN} when it is
 *     not exactly one value the engine recognises)
 * @param keyedByClosedDomain whether its declared type holds each key once
 *     ({@link CollectionApis#holdsEachKeyOnce}: a map's keys, a set's elements) and its key type
 *     has a closed set of values: an enum, or a JDK type {@link CollectionApis#isClosedKeyType}
 *     names; asked last; engines answer with {@link StaticCacheModel#keyedByClosedDomain}
 * @param valuesHoldTheirKeys whether its declared value type (a map's second type argument) is a
 *     class with an instance field of the key type (the first, erased): each value then keeps
 *     its own key strongly reachable, so weak keys are never cleared; asked only of a map with
 *     weak keys ({@link Growth#WEAK_KEYS})
 */
public record StaticCollection(String subject, Supplier<List<CollectionAdd>> adds,
    boolean removes, boolean replaced, boolean escapes, Supplier<Growth> initialGrowth,
    BooleanSupplier keyedByClosedDomain, BooleanSupplier valuesHoldTheirKeys) {

  /**
   * Which value the collection starts with, whose {@link #initialGrowth} the engine reads: the
   * declaration's initialiser when initialisation assigns nothing else, or else the one
   * assignment in initialisation when there is no initialiser. Empty when it may start with
   * either of two values (an initialiser and an assignment, two assignments): its growth is then
   * {@link Growth#UNKNOWN}.
   *
   * @param initialiser the declaration's initialiser (bytecode, which has none, gives its store
   *     as one of the assignments)
   * @param assignments the assignments to the field in initialisation
   */
  public static <T> Optional<T> initialValue(Optional<T> initialiser, List<T> assignments) {
    if (initialiser.isPresent()) {
      return assignments.isEmpty() ? initialiser : Optional.empty();
    }
    return assignments.size() == 1 ? Optional.of(assignments.get(0)) : Optional.empty();
  }

  /** {@code static 'CACHE'}. */
  public static String staticField(String field) {
    return "static '" + field + "'";
  }

  /** {@code 'entries' of the only Registry instance (held in static INSTANCE)}. */
  public static String singletonField(String field, String owner, String holder) {
    return "'" + field + "' of the only " + owner + " instance (held in " + holder + ")";
  }
}
