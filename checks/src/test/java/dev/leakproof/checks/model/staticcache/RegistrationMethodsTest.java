package dev.leakproof.checks.model.staticcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.checks.model.staticcache.RegistrationMethods.Shape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationMethodsTest {
  private static final Shape PUBLIC_STATIC_VOID = new Shape(true, false, true);
  private static final String CLINIT = "<clinit>";

  /** Call sites named by their caller: the static initialiser, or a method reached from it. */
  private static Set<String> of(Map<String, List<String>> callers, Map<String, Shape> shapes) {
    return RegistrationMethods.of(callers,
        (caller, reached) -> caller.equals(CLINIT) || reached.contains(caller), shapes::get);
  }

  @Test
  void aPublicStaticVoidMethodTheStaticInitialiserCallsIsARegistrationMethod() {
    assertEquals(Set.of("register"), of(Map.of("register", List.of(CLINIT)),
        Map.of("register", PUBLIC_STATIC_VOID)));
  }

  @Test
  void oneReachedThroughAnotherMethodOfTheClassIsToo() {
    assertEquals(Set.of("register"),
        of(Map.of("registerDefaults", List.of(CLINIT), "register", List.of("registerDefaults")),
            Map.of("registerDefaults", new Shape(true, true, true),
                "register", PUBLIC_STATIC_VOID)));
  }

  @Test
  void aPrivateOrInstanceOrValueReturningMethodIsNot() {
    assertEquals(Set.of(), of(
        Map.of("a", List.of(CLINIT), "b", List.of(CLINIT), "c", List.of(CLINIT)),
        Map.of("a", new Shape(true, true, true), "b", new Shape(false, false, true),
            "c", new Shape(true, false, false))));
  }

  @Test
  void aMethodOnlyOtherCodeCallsIsNot() {
    assertEquals(Set.of(), of(Map.of("register", List.of("main")),
        Map.of("register", PUBLIC_STATIC_VOID)));
  }
}
