package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerApisTest {
  @Test
  void listenerRegistrationsAreUndoneByTheirRemoveTwin() {
    assertEquals(List.of("removeListener"), ListenerApis.removalsOf("addListener"));
    assertEquals(List.of("removePropertyChangeListener"),
        ListenerApis.removalsOf("addPropertyChangeListener"));
    assertEquals(List.of("removeAWTEventListener"), ListenerApis.removalsOf("addAWTEventListener"));
    assertEquals(List.of("removeActionListener"), ListenerApis.removalsOf("addActionListener"));
    assertEquals(List.of("removeHandler"), ListenerApis.removalsOf("addHandler"));
    assertEquals(List.of("removeFrameCallback"), ListenerApis.removalsOf("addFrameCallback"));
  }

  @Test
  void observersBusesAndSubscriptionsHaveTheirOwnVerbs() {
    assertEquals(List.of("deleteObserver", "removeObserver"), ListenerApis.removalsOf("addObserver"));
    assertEquals(List.of("unregister", "deregister"), ListenerApis.removalsOf("register"));
    assertEquals(List.of("unregisterListener", "deregisterListener", "removeListener"),
        ListenerApis.removalsOf("registerListener"));
    assertEquals(List.of("unregisterDriver", "deregisterDriver", "removeDriver"),
        ListenerApis.removalsOf("registerDriver"));
    assertEquals(List.of("unsubscribe"), ListenerApis.removalsOf("subscribe"));
    assertEquals(List.of("unsubscribeAll"), ListenerApis.removalsOf("subscribeAll"));
  }

  @Test
  void lookAlikeNamesAreNotRegistrations() {
    for (String name : List.of("add", "addAll", "remove", "removeListener", "deleteObserver",
        "unregister", "unsubscribe", "addressListener", "registered", "registry",
        "addShutdownHook", "addObservers", "addWeakPropertyChangeListener", "registerWeakListener",
        "subscriber", "addListenerCount")) {
      assertFalse(ListenerApis.isRegistration(name), name);
      assertEquals(List.of(), ListenerApis.removalsOf(name), name);
    }
  }

  @Test
  void undoesMatchesOnlyTheTwin() {
    assertTrue(ListenerApis.undoes("removeFooListener", "addFooListener"));
    assertFalse(ListenerApis.undoes("removeBarListener", "addFooListener"));
    assertFalse(ListenerApis.undoes("removeListener", "addFooListener"));
    assertTrue(ListenerApis.undoes("deleteObserver", "addObserver"));
  }

  @Test
  void referenceTypesAreJavaLangRefReferenceAndItsJdkSubclasses() {
    assertTrue(ListenerApis.isReferenceType(ListenerApis.REFERENCE));
    assertTrue(ListenerApis.isReferenceType("java.lang.ref.WeakReference"));
    assertTrue(ListenerApis.isReferenceType("java.lang.ref.SoftReference"));
    assertTrue(ListenerApis.isReferenceType("java.lang.ref.PhantomReference"));
    assertFalse(ListenerApis.isReferenceType("java.util.concurrent.atomic.AtomicReference"));
    assertFalse(ListenerApis.isReferenceType("WeakReference"));
  }

  @Test
  void aCleanerAndTheReferenceTypesHoldWhatIsRegisteredByReference() {
    assertTrue(ListenerApis.holdsRegisteredByReference("java.lang.ref.Cleaner"));
    assertTrue(ListenerApis.holdsRegisteredByReference("java.lang.ref.PhantomReference"));
    assertFalse(ListenerApis.isReferenceType("java.lang.ref.Cleaner")); // not a Reference subtype
    assertFalse(ListenerApis.holdsRegisteredByReference("Cleaner"));
    assertFalse(ListenerApis.holdsRegisteredByReference("com.google.common.eventbus.EventBus"));
  }
}
