package dev.leakproof.checks.model.outerinstance;

import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Where the object that holds the enclosing instance is handed.
 *
 * @param kind which long-lived place
 * @param holder the static field's name for {@link Kind#STATIC_FIELD}, {@link Kind#STATIC_COLLECTION}
 *     and {@link Kind#STATIC_EXECUTOR}; empty otherwise
 */
public record Sink(Kind kind, String holder) {
  public Sink {
    Objects.requireNonNull(kind);
    holder = holder == null ? "" : holder;
  }

  public static Sink of(Kind kind) {
    return new Sink(kind, "");
  }

  /**
   * Which argument of a call the sink keeps, and the sink.
   *
   * @param argument the index of the argument handed over
   */
  public record Handed(int argument, Sink sink) {}

  /**
   * What a call to a sink of {@code kind} ({@link
   * dev.leakproof.checks.knowledge.RetentionSinks#callSink}) hands over, or empty when it keeps
   * nothing past the enclosing object's life. A shutdown hook is the thread given first (the
   * engine looks into that thread); a Timer and an executor keep their task, the first argument;
   * a collection keeps what is added last (a map's value, a list's element). An executor or a
   * collection is a GC root only while a static field holds it. A Cleaner keeps the action (the
   * second argument) until the object registered with it (the first) becomes phantom reachable,
   * which never happens while that object is this one and the action holds it.
   *
   * @param arguments how many arguments the call has
   * @param staticReceiver the static field the call's receiver is read from, or empty
   * @param firstIsThis whether the first argument is {@code this}; asked only of a Cleaner
   */
  public static Optional<Handed> handedOver(Kind kind, int arguments,
      Optional<String> staticReceiver, BooleanSupplier firstIsThis) {
    if (arguments == 0) {
      return Optional.empty();
    }
    return switch (kind) {
      case SHUTDOWN_HOOK, TIMER -> Optional.of(new Handed(0, of(kind)));
      case STATIC_EXECUTOR -> staticReceiver.map(field -> new Handed(0, new Sink(kind, field)));
      case STATIC_COLLECTION ->
          staticReceiver.map(field -> new Handed(arguments - 1, new Sink(kind, field)));
      case CLEANER -> arguments == 2 && firstIsThis.getAsBoolean()
          ? Optional.of(new Handed(1, of(kind))) : Optional.empty();
      case STATIC_FIELD -> Optional.empty();
    };
  }

  /** "is stored in the static field 'x'". */
  String where() {
    return switch (kind) {
      case STATIC_FIELD -> "is stored in the static field '" + holder + "'";
      case STATIC_COLLECTION -> "is added to the static collection '" + holder + "'";
      case TIMER -> "is scheduled on a Timer";
      case SHUTDOWN_HOOK -> "is registered as a shutdown hook";
      case STATIC_EXECUTOR -> "is scheduled periodically on the static executor '" + holder + "'";
      case CLEANER -> "is the cleaning action registered for this object with a Cleaner";
    };
  }

  /** From the GC root to {@code held}: what keeps what alive. */
  String keeps(String held) {
    return switch (kind) {
      case STATIC_FIELD -> "the static field " + holder + " (a GC root while its class is loaded)"
          + " keeps " + held;
      case STATIC_COLLECTION -> "the static field " + holder + " (a GC root while its class is"
          + " loaded) keeps the collection, and the collection keeps " + held;
      case TIMER -> "the timer's thread (a GC root until the timer is cancelled) keeps " + held
          + " in its queue";
      case SHUTDOWN_HOOK -> "the JVM's list of shutdown hooks keeps " + held
          + " until the JVM exits";
      case STATIC_EXECUTOR -> "the static field " + holder + " keeps the executor, which keeps "
          + held + " until the task is cancelled";
      case CLEANER -> "the Cleaner keeps " + held + " until this object becomes phantom"
          + " reachable, which it never does while the action holds it";
    };
  }
}
