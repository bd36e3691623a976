package dev.leakproof.checks.model.outerinstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import org.junit.jupiter.api.Test;

class OuterInstanceRetentionModelTest {
  @Test
  void theSentenceGoesFromTheGcRootToTheRetainedObject() {
    assertEquals("A lambda that uses this object is stored in the static field 'CALLBACK': the"
            + " static field CALLBACK (a GC root while its class is loaded) keeps the lambda, and"
            + " the lambda keeps this object reachable. Use a static nested class, capture values"
            + " instead of this, or end what you start.",
        OuterInstanceRetentionModel.sentence(Capture.LAMBDA, new Sink(Kind.STATIC_FIELD, "CALLBACK")));
  }

  @Test
  void everySinkNamesItsRootAndHolder() {
    assertTrue(OuterInstanceRetentionModel.sentence(Capture.ANONYMOUS_OBJECT, Sink.of(Kind.TIMER))
        .contains("the timer's thread (a GC root until the timer is cancelled) keeps the anonymous"
            + " object in its queue"));
    assertTrue(OuterInstanceRetentionModel.sentence(Capture.METHOD_REFERENCE,
            new Sink(Kind.STATIC_EXECUTOR, "POOL"))
        .startsWith("A method reference bound to this object is scheduled periodically on the"
            + " static executor 'POOL': the static field POOL keeps the executor, which keeps the"
            + " method reference until the task is cancelled"));
    assertTrue(OuterInstanceRetentionModel.sentence(Capture.LAMBDA, new Sink(Kind.STATIC_COLLECTION, "ALL"))
        .contains("the static field ALL (a GC root while its class is loaded) keeps the collection,"
            + " and the collection keeps the lambda"));
    assertTrue(OuterInstanceRetentionModel.sentence(Capture.LAMBDA, Sink.of(Kind.SHUTDOWN_HOOK))
        .contains("the JVM's list of shutdown hooks keeps the lambda until the JVM exits"));
    assertTrue(OuterInstanceRetentionModel.sentence(Capture.LAMBDA, Sink.of(Kind.CLEANER))
        .contains("which it never does while the action holds it"));
  }

  @Test
  void aShutdownHookOfAClassThatRemovesHooksIsNoFinding() {
    assertEquals(java.util.Optional.empty(), OuterInstanceRetentionModel.judge(Capture.LAMBDA,
        Sink.of(Kind.SHUTDOWN_HOOK), supertype -> false, java.util.Optional::empty, () -> true));
    assertTrue(OuterInstanceRetentionModel.judge(Capture.LAMBDA, Sink.of(Kind.SHUTDOWN_HOOK),
        supertype -> false, java.util.Optional::empty, () -> false).isPresent());
    // A removal of hooks undoes nothing on a timer.
    assertTrue(OuterInstanceRetentionModel.judge(Capture.LAMBDA, Sink.of(Kind.TIMER),
        supertype -> false, java.util.Optional::empty, () -> true).isPresent());
    assertTrue(dev.leakproof.checks.knowledge.RetentionSinks.isShutdownHookRemoval(
        "java.lang.Runtime", "removeShutdownHook"));
  }

  @Test
  void everySinkIsAFindingWithItsSentence() {
    for (Kind kind : Kind.values()) {
      Sink sink = new Sink(kind, "HOLDER");
      assertEquals(java.util.Optional.of(OuterInstanceRetentionModel.sentence(Capture.LAMBDA, sink)),
          OuterInstanceRetentionModel.judge(Capture.LAMBDA, sink));
    }
  }

  @Test
  void theJvmsLogManagerLivesAsLongAsAnyHook() {
    Sink hook = Sink.of(Kind.SHUTDOWN_HOOK);
    assertEquals(java.util.Optional.empty(), OuterInstanceRetentionModel.judge(
        Capture.INNER_OBJECT, hook, "java.util.logging.LogManager"::equals));
    assertTrue(OuterInstanceRetentionModel.judge(
        Capture.INNER_OBJECT, hook, "java.util.logging.Handler"::equals).isPresent());
  }
}
