package dev.leakproof.checks.model.outerinstance;

import dev.leakproof.checks.knowledge.RetentionSinks;
import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * OuterInstanceRetention's sentence, once for every engine: an object that holds its enclosing
 * instance ({@link Capture}) handed to a place that outlives that instance ({@link Sink}). The
 * sentence says what keeps what alive: the GC root, the holder, the object handed over, and the
 * enclosing object it retains.
 */
public final class OuterInstanceRetentionModel {
  private OuterInstanceRetentionModel() {}

  /**
   * The finding for {@code capture} handed to {@code sink}. (A started thread is no sink at
   * all: {@link RetentionSinks} says why.)
   */
  public static Optional<String> judge(Capture capture, Sink sink) {
    return judge(capture, sink, supertype -> false);
  }

  /**
   * As {@link #judge(Capture, Sink)}, for a capture of an instance of a class that extends the
   * (qualified) types {@code enclosingExtends} accepts: an object the JDK makes once and keeps
   * for the life of the JVM ({@link RetentionSinks#JVM_WIDE_SUPERTYPES}, a custom log manager)
   * cannot be kept alive longer than it is meant to live, so nothing is reported for it.
   */
  public static Optional<String> judge(Capture capture, Sink sink,
      Predicate<String> enclosingExtends) {
    return judge(capture, sink, enclosingExtends, Optional::empty);
  }

  /**
   * As {@link #judge(Capture, Sink, Predicate)}, for a capture of an instance of a class that
   * may be a singleton: {@code enclosingSingleton} answers how its only instance is held for
   * good ({@link dev.leakproof.checks.model.singleton.Singletons#holderOf}), asked only when a
   * finding would otherwise be made. A static field already keeps that instance for the life of
   * its class, so a long-lived holder of it keeps nothing alive that would otherwise go (H2's
   * {@code ThreadDeadlockDetector}, bench/lifetime-review.md).
   */
  public static Optional<String> judge(Capture capture, Sink sink,
      Predicate<String> enclosingExtends, Supplier<Optional<String>> enclosingSingleton) {
    return judge(capture, sink, enclosingExtends, enclosingSingleton, () -> false);
  }

  /**
   * As {@link #judge(Capture, Sink, Predicate, Supplier)}, for a class that may undo the hand-over
   * itself: {@code hookRemovedInClass} answers whether the top-level class (its nested classes
   * included) calls {@code Runtime.removeShutdownHook} ({@link RetentionSinks#isShutdownHookRemoval}),
   * asked only for a shutdown hook that would otherwise be reported. The removal is not matched
   * to the hook (a variable, a field, a helper's parameter may hold it): any removal in the class
   * silences, precision first. JGit's {@code CloneCommand} adds a hook kept in a local variable
   * and removes it in a {@code finally}; Spring's {@code AbstractApplicationContext} keeps its
   * hook in a field and removes it in {@code close()}.
   */
  public static Optional<String> judge(Capture capture, Sink sink,
      Predicate<String> enclosingExtends, Supplier<Optional<String>> enclosingSingleton,
      BooleanSupplier hookRemovedInClass) {
    if (RetentionSinks.JVM_WIDE_SUPERTYPES.stream().anyMatch(enclosingExtends)
        || enclosingSingleton.get().isPresent()
        || sink.kind() == Kind.SHUTDOWN_HOOK && hookRemovedInClass.getAsBoolean()) {
      return Optional.empty();
    }
    return Optional.of(sentence(capture, sink));
  }

  public static String sentence(Capture capture, Sink sink) {
    return capture.phrase() + " " + sink.where() + ": " + sink.keeps(capture.noun())
        + ", and " + capture.noun() + " keeps this object reachable. Use a static nested class,"
        + " capture values instead of this, or end what you start.";
  }
}
