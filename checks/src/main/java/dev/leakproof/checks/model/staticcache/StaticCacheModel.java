package dev.leakproof.checks.model.staticcache;

import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * UnboundedStaticCache's decision and sentence, the same in every engine: a long-lived
 * collection that starts unbounded, is added to outside initialisation, and that nothing
 * removes from, replaces, bounds (a {@code size()} check beside the add) or hands to other code
 * that might, nor a registry (every add in a {@link CollectionAdd#registration() registration
 * method}). A map keyed by an enum (or a set of one) is bounded by its constants, like an
 * {@code EnumMap}, whatever its class; likewise one keyed by a JDK type whose values the machine
 * fixes ({@code FileStore}: one per mounted file system).
 */
public final class StaticCacheModel {
  private StaticCacheModel() {}

  /** The finding's sentence, or empty when the collection cannot only grow. */
  public static Optional<String> judge(StaticCollection collection) {
    if (collection.removes() || collection.replaced() || collection.escapes()) {
      return Optional.empty();
    }
    List<CollectionAdd> adds = collection.adds().get();
    if (adds.isEmpty() || collection.initialGrowth().get() != Growth.UNBOUNDED) {
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
        .filter(add -> !add.sizeChecked() && !add.registration())
        .min(Comparator.comparingInt(CollectionAdd::line))
        .map(add -> onlyGrowsMessage(collection.subject(),
            add.method() + " on line " + add.line()));
  }

  static String onlyGrowsMessage(String subject, String adder) {
    return subject + " only grows: " + adder + " adds to it, and nothing removes from it, clears,"
        + " replaces or bounds it, so every entry stays reachable for the life of the class"
        + " loader. Bound it (a cache with maximumSize, an LRU LinkedHashMap) or remove entries"
        + " when they are done";
  }
}
