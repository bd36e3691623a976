package dev.leakproof.checks.model.outerinstance;

import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import java.util.Objects;

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

  /** "is stored in the static field 'x'". */
  String where() {
    return switch (kind) {
      case STATIC_FIELD -> "is stored in the static field '" + holder + "'";
      case STATIC_COLLECTION -> "is added to the static collection '" + holder + "'";
      case THREAD_START -> "runs in a started thread";
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
      case THREAD_START -> "the running thread (a GC root until it ends) keeps " + held;
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
