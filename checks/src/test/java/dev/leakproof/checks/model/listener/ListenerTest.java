package dev.leakproof.checks.model.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListenerTest {
  @Test
  void aVariableHoldsThisObjectWhenItIsGivenValuesAndEachHoldsIt() {
    assertEquals(Optional.of(Listener.HOLDER),
        Listener.ofValues(List.of("this", "() -> refresh()"), v -> true));
    assertEquals(Optional.empty(), Listener.ofValues(List.of("this", "given"), "this"::equals),
        "one value that holds nothing: the variable may hold it when registered");
    assertEquals(Optional.empty(), Listener.ofValues(List.<String>of(), v -> true),
        "a parameter, or a field set elsewhere: no value seen, nothing known to be held");
  }

  @Test
  void valuesAreAskedInOrderUpToTheFirstThatHoldsNothing() {
    List<String> asked = new ArrayList<>();
    Listener.ofValues(List.of("this", "given", "() -> refresh()"), v -> {
      asked.add(v);
      return v.equals("this");
    });
    assertEquals(List.of("this", "given"), asked);
  }
}
