package dev.leakproof.checks.model.outerinstance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import dev.leakproof.checks.model.outerinstance.Sink.Handed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SinkTest {
  private static final Optional<String> NOT_STATIC = Optional.empty();

  @Test
  void aTimerAndAShutdownHookKeepTheirFirstArgument() {
    assertEquals(Optional.of(new Handed(0, Sink.of(Kind.TIMER))),
        Sink.handedOver(Kind.TIMER, 3, NOT_STATIC, () -> false));
    assertEquals(Optional.of(new Handed(0, Sink.of(Kind.SHUTDOWN_HOOK))),
        Sink.handedOver(Kind.SHUTDOWN_HOOK, 1, NOT_STATIC, () -> false));
  }

  @Test
  void anExecutorOrACollectionKeepsOnlyWhileAStaticFieldHoldsIt() {
    assertEquals(Optional.of(new Handed(0, new Sink(Kind.STATIC_EXECUTOR, "POOL"))),
        Sink.handedOver(Kind.STATIC_EXECUTOR, 4, Optional.of("POOL"), () -> false));
    assertEquals(Optional.empty(), Sink.handedOver(Kind.STATIC_EXECUTOR, 4, NOT_STATIC, () -> false));
    // A map's value, the last argument.
    assertEquals(Optional.of(new Handed(1, new Sink(Kind.STATIC_COLLECTION, "ALL"))),
        Sink.handedOver(Kind.STATIC_COLLECTION, 2, Optional.of("ALL"), () -> false));
    assertEquals(Optional.empty(), Sink.handedOver(Kind.STATIC_COLLECTION, 1, NOT_STATIC, () -> false));
  }

  @Test
  void aCleanerKeepsTheActionRegisteredForThisObjectOnly() {
    assertEquals(Optional.of(new Handed(1, Sink.of(Kind.CLEANER))),
        Sink.handedOver(Kind.CLEANER, 2, NOT_STATIC, () -> true));
    assertEquals(Optional.empty(), Sink.handedOver(Kind.CLEANER, 2, NOT_STATIC, () -> false));
    assertEquals(Optional.empty(), Sink.handedOver(Kind.CLEANER, 1, NOT_STATIC, () -> true));
  }

  @Test
  void aCallWithoutArgumentsOrAStaticFieldHandsNothingOver() {
    assertEquals(Optional.empty(), Sink.handedOver(Kind.TIMER, 0, NOT_STATIC, () -> false));
    assertEquals(Optional.empty(),
        Sink.handedOver(Kind.STATIC_FIELD, 1, Optional.of("F"), () -> false));
  }
}
