package dev.leakproof.checks.model.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.listener.ListenerLeakModel.Registration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListenerLeakModelTest {
  private static final Subject BUS = Subject.sharedInstance("app.Bus", "getInstance", "app.Bus");

  private static Registration register(Subject subject, Listener listener) {
    return new Registration("addListener", subject, listener, false, false, false, true);
  }

  private static Removal removal(String name, Subject from, Listener passed) {
    return new Removal(name, Optional.ofNullable(from), Optional.ofNullable(passed));
  }

  @Test
  void aRegistrationOnALongerLivedSubjectWithNoRemovalLeaks() {
    assertEquals(Optional.of("This object is registered with addListener on the shared instance"
            + " Bus.getInstance(), which outlives this object, and this class never calls"
            + " removeListener on it: the shared instance, held statically by Bus, keeps this"
            + " object reachable. Unregister the same listener object in close()/dispose()."),
        ListenerLeakModel.judge(register(BUS, Listener.THIS), List.of()));
  }

  @Test
  void theSentenceSaysWhatKeepsWhat() {
    String sentence = ListenerLeakModel.judge(register(
        Subject.staticField("app.Events", "BUS", "app.Bus"), Listener.LAMBDA), List.of()).orElseThrow();
    assertTrue(sentence.startsWith("A lambda that uses this object is registered with addListener"
        + " on static field Events.BUS"), sentence);
    assertTrue(sentence.contains("the static field Events.BUS (a GC root while its class is loaded)"
        + " keeps the listener and, through it, this object reachable"), sentence);
  }

  @Test
  void aRemovalFromTheSameSubjectOrAnUnnamedOneUndoesIt() {
    assertEquals(Optional.empty(), ListenerLeakModel.judge(register(BUS, Listener.THIS),
        List.of(removal("removeListener", Subject.staticField("app.Bus", "INSTANCE", "app.Bus"), Listener.THIS))));
    // unregister(Bus bus) { bus.removeListener(this); }: the helper's parameter cannot be named
    assertEquals(Optional.empty(), ListenerLeakModel.judge(register(BUS, Listener.THIS),
        List.of(removal("removeListener", null, Listener.HOLDER))));
  }

  @Test
  void aRemovalFromAnotherSubjectOrOfAnotherNameDoesNot() {
    Subject other = Subject.staticField("app.Other", "BUS", "app.OtherBus");
    assertTrue(ListenerLeakModel.judge(register(BUS, Listener.THIS),
        List.of(removal("removeListener", other, Listener.THIS),
            removal("removeOtherListener", BUS, Listener.THIS))).isPresent());
  }

  @Test
  void aRemovalPassingAnObjectMadeAtTheCallRemovesNothing() {
    Optional<String> sentence = ListenerLeakModel.judge(register(BUS, Listener.METHOD_REFERENCE),
        List.of(removal("removeListener", BUS, Listener.METHOD_REFERENCE)));
    assertTrue(sentence.orElseThrow().contains("and its removeListener passes a new method"
        + " reference, which is not the registered one and removes nothing"), sentence.get());
    assertTrue(ListenerLeakModel.judge(register(BUS, Listener.LAMBDA),
        List.of(removal("removeListener", BUS, Listener.LAMBDA))).orElseThrow()
        .contains("passes a new lambda"));
    // One removal with the kept listener is enough.
    assertEquals(Optional.empty(), ListenerLeakModel.judge(register(BUS, Listener.HOLDER),
        List.of(removal("removeListener", BUS, Listener.LAMBDA),
            removal("removeListener", BUS, Listener.HOLDER))));
  }

  @Test
  void shortLivedOwnWeakOrKeptRegistrationsAreSilent() {
    assertEquals(Optional.empty(), ListenerLeakModel.judge(
        register(Subject.ownField("button"), Listener.THIS), List.of()));
    assertEquals(Optional.empty(), ListenerLeakModel.judge(
        new Registration("addListener", BUS, Listener.THIS, true, false, false, true), List.of()));
    assertEquals(Optional.empty(), ListenerLeakModel.judge(
        new Registration("addListener", BUS, Listener.THIS, false, true, false, true), List.of()));
    assertEquals(Optional.empty(), ListenerLeakModel.judge(
        new Registration("addListener", BUS, Listener.THIS, false, false, true, true), List.of()));
    assertEquals(Optional.empty(), ListenerLeakModel.judge(new Registration(
        "registerSynchronization", Subject.staticRegistry("org.x.TransactionSynchronizationManager"),
        Listener.THIS, false, false, false, true), List.of()));
    assertEquals(Optional.empty(), ListenerLeakModel.judge(new Registration(
        "setListener", BUS, Listener.THIS, false, false, false, true), List.of()));
  }

  @Test
  void anInjectedSubjectOutlivesOnlyAnObjectWhoseLifeEndsBeforeIt() {
    Subject injected = Subject.injectedField("plot");
    assertTrue(ListenerLeakModel.judge(new Registration("addChangeListener", injected,
        Listener.THIS, false, false, false, true), List.of()).isPresent());
    // A chart and the plot handed to its constructor: no close(), they go together.
    assertEquals(Optional.empty(), ListenerLeakModel.judge(new Registration("addChangeListener",
        injected, Listener.THIS, false, false, false, false), List.of()));
    // Static state outlives everything, lifecycle or not.
    assertTrue(ListenerLeakModel.judge(new Registration("addListener", BUS, Listener.THIS,
        false, false, false, false), List.of()).isPresent());
    assertTrue(ListenerLeakModel.isLifecycleEnd("dispose", 0, false));
    // A singleton on static state: both live as long as their classes.
    assertEquals(Optional.empty(), ListenerLeakModel.judge(new Registration("addListener", BUS,
        Listener.LAMBDA, false, false, false, false, true), List.of()));
    assertTrue(ListenerLeakModel.judge(new Registration("addChangeListener", injected,
        Listener.THIS, false, false, false, true, true), List.of()).isPresent());
    assertFalse(ListenerLeakModel.isLifecycleEnd("removeListener", 0, false));
  }

  @Test
  void onlyAParameterlessInstanceMethodEndsTheObjectsLife() {
    assertTrue(ListenerLeakModel.isLifecycleEnd("close", 0, false));
    assertFalse(ListenerLeakModel.isLifecycleEnd("close", 1, false));
    // A static shutdown() stops shared state; no instance goes before its injected parts.
    assertFalse(ListenerLeakModel.isLifecycleEnd("shutdown", 0, true));
  }

  @Test
  void aStaticRegistryIsTheSubjectOnlyWhenTheMethodTakesOneObject() {
    assertEquals(Optional.of(Subject.staticRegistry("javax.swing.UIManager")),
        Subject.staticRegistry("javax.swing.UIManager",
            List.of("java.beans.PropertyChangeListener")));
    assertEquals(Optional.of(Subject.staticRegistry("a.Registry")), Subject.staticRegistry(
        "a.Registry", List.of("java.lang.String", "int", "a.Listener", "java.lang.Class")));
    // Futures.addCallback(future, callback, executor): registers on the future.
    assertEquals(Optional.empty(), Subject.staticRegistry("com.google.common.util.concurrent.Futures",
        List.of("a.ListenableFuture", "a.FutureCallback", "java.util.concurrent.Executor")));
    // An array or a type variable is an object.
    assertEquals(Optional.empty(), Subject.staticRegistry("a.R", List.of("int[]", "a.Listener")));
    assertEquals(Optional.empty(), Subject.staticRegistry("a.R", List.of("T", "a.Listener")));
  }

  @Test
  void aFieldSubjectIsStaticInjectedASingletonBeanOrThisObjectsOwn() {
    assertEquals(Optional.of(Subject.staticField("a.Outer", "BUS", "a.Bus")),
        Subject.ofField("a.Outer", "BUS", "a.Bus", true, false, () -> fail(), () -> fail()));
    assertEquals(Optional.empty(),
        Subject.ofField("a.Outer", "bus", "a.Bus", false, false, () -> fail(), () -> fail()));
    assertEquals(Optional.of(Subject.injectedField("bus")),
        Subject.ofField("a.Outer", "bus", "a.Bus", false, true, () -> true, () -> fail()));
    assertEquals(Optional.of(Subject.singletonBeanField("bus", "a.Bus")),
        Subject.ofField("a.Outer", "bus", "a.Bus", false, true, () -> false, () -> true));
    assertEquals(Optional.of(Subject.ownField("bus")),
        Subject.ofField("a.Outer", "bus", "a.Bus", false, true, () -> false, () -> false));
  }

  private static boolean fail() {
    throw new AssertionError("not to be asked");
  }

  @Test
  void anInjectedSubjectThatTheClassEndsItselfDoesNotOutliveIt() {
    Subject tier = Subject.injectedField("authoritativeTier");
    // ehcache's CacheStore: dispose() disposes the tier the valve is registered on.
    assertEquals(Optional.empty(), ListenerLeakModel.judge(new Registration("registerEmergencyValve",
        tier, Listener.NEW_INNER_OBJECT, false, false, false, true, false, true), List.of()));
    assertTrue(ListenerLeakModel.judge(new Registration("registerEmergencyValve", tier,
        Listener.NEW_INNER_OBJECT, false, false, false, true, false, false), List.of()).isPresent());
    assertTrue(ListenerLeakModel.endsSubject("dispose", 0,
        () -> Optional.of(Subject.injectedField("authoritativeTier")), tier));
    // Another field, another call, an argument, a detach that may leave the subject alive.
    assertFalse(ListenerLeakModel.endsSubject("dispose", 0,
        () -> Optional.of(Subject.injectedField("cachingTier")), tier));
    assertFalse(ListenerLeakModel.endsSubject("flush", 0, () -> Optional.of(tier), tier));
    assertFalse(ListenerLeakModel.endsSubject("close", 1, () -> Optional.of(tier), tier));
    assertFalse(ListenerLeakModel.endsSubject("detach", 0, () -> Optional.of(tier), tier));
    assertFalse(ListenerLeakModel.endsSubject("dispose", 0, Optional::empty, tier));
    // A static subject is shared, whatever this class does with it.
    assertFalse(ListenerLeakModel.endsSubject("close", 0, () -> Optional.of(BUS), BUS));
  }

  @Test
  void subjectsAreNamedAndKeyedTheSameWayByEveryEngine() {
    assertEquals("the static registry of UIManager",
        Subject.staticRegistry("javax.swing.UIManager").description());
    assertEquals("static field Outer.BUS", Subject.staticField("a.Outer", "BUS", "a.Bus").description());
    assertEquals(Subject.staticField("a.Outer$Holder", "INSTANCE", "a.Bus").key(),
        Subject.sharedInstance("a.Bus", "getInstance", "a.Bus").key());
    assertEquals("injected field bus", Subject.injectedField("bus").description());
    assertEquals("field bus (the singleton EventService)",
        Subject.singletonBeanField("bus", "a.EventService").description());
    assertFalse(Subject.ownField("bus").longerLived());
  }

  @Test
  void shortLivedSubjects() {
    assertTrue(ShortLivedSubjects.isShortLivedType("java.util.concurrent.Future"));
    assertTrue(ShortLivedSubjects.isShortLivedType("jakarta.servlet.AsyncContext"));
    assertFalse(ShortLivedSubjects.isShortLivedType("java.util.concurrent.ExecutorService"));
    assertTrue(ShortLivedSubjects.isFutureByName("ListenableFuture<V>"));
    assertTrue(ShortLivedSubjects.isFutureByName("io.netty.util.concurrent.Promise"));
    assertFalse(ShortLivedSubjects.isFutureByName("FutureTaskRegistry"));
  }

  @Test
  void aShortLivedSubjectIsOneOfTheTypesOrASubtypeOfOne() {
    assertTrue(ShortLivedSubjects.isShortLived("java.util.concurrent.Future", type -> false));
    assertTrue(ShortLivedSubjects.isShortLived("a.MyFuture",
        type -> type.equals("java.util.concurrent.Future")));
    assertFalse(ShortLivedSubjects.isShortLived("a.Bus", type -> false));
  }
}
