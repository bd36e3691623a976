package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionSinksTest {
  @Test
  void recognisesEveryKindOfSinkCall() {
    // A started thread keeps its task only while it runs (RetentionSinks' class comment).
    assertEquals(Optional.empty(), RetentionSinks.callSink("java.lang.Thread", "start"));
    assertEquals(Optional.of(Kind.SHUTDOWN_HOOK),
        RetentionSinks.callSink("java.lang.Runtime", "addShutdownHook"));
    assertEquals(Optional.of(Kind.TIMER), RetentionSinks.callSink("java.util.Timer", "schedule"));
    assertEquals(Optional.of(Kind.TIMER),
        RetentionSinks.callSink("java.util.Timer", "scheduleAtFixedRate"));
    // A one-shot task is held only until it has run.
    assertEquals(Optional.empty(),
        RetentionSinks.callSink("java.util.concurrent.ExecutorService", "submit"));
    assertEquals(Optional.empty(),
        RetentionSinks.callSink("java.util.concurrent.Executor", "execute"));
    assertEquals(Optional.of(Kind.STATIC_EXECUTOR),
        RetentionSinks.callSink("java.util.concurrent.ScheduledThreadPoolExecutor",
            "scheduleAtFixedRate"));
    assertEquals(Optional.of(Kind.STATIC_EXECUTOR),
        RetentionSinks.callSink("java.util.concurrent.ScheduledExecutorService",
            "scheduleWithFixedDelay"));
    assertEquals(Optional.of(Kind.STATIC_COLLECTION), RetentionSinks.callSink("java.util.List", "add"));
    assertEquals(Optional.of(Kind.STATIC_COLLECTION),
        RetentionSinks.callSink("java.util.concurrent.ConcurrentHashMap", "put"));
  }

  @Test
  void leavesLookAlikeCallsAlone() {
    // Thread.run runs the target on the caller's thread; nothing outlives the call.
    assertEquals(Optional.empty(), RetentionSinks.callSink("java.lang.Thread", "run"));
    assertEquals(Optional.empty(), RetentionSinks.callSink("java.lang.Runtime", "removeShutdownHook"));
    assertEquals(Optional.empty(), RetentionSinks.callSink("java.util.Timer", "cancel"));
    assertEquals(Optional.empty(),
        RetentionSinks.callSink("java.util.concurrent.ExecutorService", "shutdown"));
    assertEquals(Optional.empty(), RetentionSinks.callSink("java.util.List", "remove"));
    assertEquals(Optional.empty(), RetentionSinks.callSink("java.util.List", "contains"));
    // A user type with the JDK's method names is not a known sink.
    assertEquals(Optional.empty(), RetentionSinks.callSink("com.example.Timer", "schedule"));
    assertEquals(Optional.empty(), RetentionSinks.callSink("com.example.Pool", "submit"));
  }

  @Test
  void listenerRegistrationsBelongToListenerLeak() {
    assertTrue(RetentionSinks.isListenerRegistration("addListener"));
    assertTrue(RetentionSinks.isListenerRegistration("addPropertyChangeListener"));
    assertTrue(RetentionSinks.isListenerRegistration("addObserver"));
    assertFalse(RetentionSinks.isListenerRegistration("add"));
    assertFalse(RetentionSinks.isListenerRegistration("addShutdownHook"));
  }

  @Test
  void knowsTheTypesItsSourceEnginesSeeBySimpleName() {
    assertEquals(Optional.of("java.util.Timer"), RetentionSinks.knownTypeBySimpleName("Timer"));
    assertEquals(Optional.of("java.util.concurrent.ScheduledExecutorService"),
        RetentionSinks.knownTypeBySimpleName("ScheduledExecutorService"));
    assertEquals(Optional.of("java.util.ArrayList"), RetentionSinks.knownTypeBySimpleName("ArrayList"));
    assertEquals(Optional.empty(), RetentionSinks.knownTypeBySimpleName("Widget"));
    // A name qualified in part ends the type after a dot; the whole name, or a piece of a
    // word, does not.
    assertEquals(Optional.of("java.util.Timer"), RetentionSinks.knownTypeBySimpleName("util.Timer"));
    assertEquals(Optional.empty(), RetentionSinks.knownTypeBySimpleName("java.util.Timer"));
    assertEquals(Optional.empty(), RetentionSinks.knownTypeBySimpleName("imer"));
    assertEquals(Optional.empty(), RetentionSinks.knownTypeBySimpleName(""));
    assertTrue(RetentionSinks.isExecutorType("java.util.concurrent.ForkJoinPool"));
    assertFalse(RetentionSinks.isCollectionType("java.lang.String"));
  }
}
