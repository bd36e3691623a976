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
  void singletonAccessorsAreGetInstanceAndGetDefault() {
    assertTrue(ListenerApis.isSingletonAccessor("getInstance"));
    assertTrue(ListenerApis.isSingletonAccessor("getDefault"));
    assertTrue(ListenerApis.isSingletonAccessor("getDefaultToolkit"));
    assertFalse(ListenerApis.isSingletonAccessor("getDefaults"));
    assertFalse(ListenerApis.isSingletonAccessor("getInstances"));
    assertFalse(ListenerApis.isSingletonAccessor("newInstance"));
    assertFalse(ListenerApis.isSingletonAccessor("get"));
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
  void messageNamesTheListenerOrSaysThisObject() {
    assertEquals("This object is registered with addListener on static field BUS, which outlives"
        + " it, and this class never calls removeListener on it: the subject keeps this object"
        + " reachable. Unregister it in close()/dispose().",
        ListenerApis.message("this", "addListener", "static field BUS", List.of("removeListener")));
    assertTrue(ListenerApis.message("e -> refresh()", "subscribe", "singleton Bus.get()",
        List.of("unsubscribe")).startsWith("'e -> refresh()' holds this object and is registered"));
    assertTrue(ListenerApis.message(null, "addObserver", "injected model",
        List.of("deleteObserver", "deleteObservers"))
        .startsWith("the listener holds this object")
        && ListenerApis.message(null, "addObserver", "injected model",
            List.of("deleteObserver", "deleteObservers")).contains("deleteObserver or deleteObservers"));
  }
}
