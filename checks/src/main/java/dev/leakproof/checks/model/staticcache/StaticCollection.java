package dev.leakproof.checks.model.staticcache;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
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
 * @param replaced whether it is assigned outside initialisation (a new collection replaces it).
 *     A store during initialisation (a static initializer of the field's nest, a nested class's
 *     included; a private method that runs only then, {@link InitOnlyMethods}) runs at most once,
 *     so it cannot keep the collection small: it gives one of its initial values
 *     ({@link #initialGrowth}), not a replacement
 * @param escapes whether it escapes to code that may remove (an argument, a return value, an
 *     alias)
 * @param initialGrowth how large its initial value can grow ({@link Growth#UNKNOWN} when it is
 *     not exactly one value the engine recognises)
 * @param keyedByClosedDomain whether its declared type holds each key once
 *     ({@link CollectionApis#holdsEachKeyOnce}: a map's keys, a set's elements) and its key type
 *     has a closed set of values: an enum, or a JDK type {@link dev.leakproof.checks.knowledge.KeyDomains#isClosed}
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
   * How large the collection can grow from the value it starts with. Initialisation may store
   * several values into it: an initialiser and an assignment in a {@code static {}} block, one
   * assignment per branch, one per constructor of a singleton (its one instance ran one of
   * them). The value it keeps is one of them, so its growth is theirs when they all agree, and
   * {@link Growth#UNKNOWN} when two differ or there is none. Two constructors that each make a
   * {@code HashMap} leave an unbounded map whichever ran; an initialiser replaced by an
   * unmodifiable copy leaves one that cannot be told.
   *
   * @param values every value initialisation stores into the field, in any order: the
   *     declaration's initialiser and each assignment (bytecode, which has no initialiser, gives
   *     its stores)
   * @param growth how large one value can grow; asked of each value until two differ
   */
  public static <T> Growth initialGrowth(List<T> values, Function<T, Growth> growth) {
    Growth common = null;
    for (T value : values) {
      Growth each = growth.apply(value);
      if (each == Growth.UNKNOWN || common != null && each != common) {
        return Growth.UNKNOWN;
      }
      common = each;
    }
    return common == null ? Growth.UNKNOWN : common;
  }

  /**
   * Whether no code outside the field's source file can reach the field, so that file holds
   * every use the rule judges: the field is private, or so is its class or a class around it (no
   * other file can name a member of a private class, nor of a class nested in one, however
   * deep). A local or anonymous class counts as private: no other file can name it either.
   *
   * @param privateField whether the field is private
   * @param privateClasses for the field's class and each class around it, outward to the
   *     top-level class or to the first local or anonymous class: whether it is private (a local
   *     or anonymous class: {@code true})
   */
  public static boolean confinedToFile(boolean privateField, List<Boolean> privateClasses) {
    return privateField || privateClasses.contains(true);
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
