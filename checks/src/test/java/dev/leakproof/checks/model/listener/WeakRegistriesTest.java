package dev.leakproof.checks.model.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.listener.WeakRegistries.Mention;
import dev.leakproof.checks.model.listener.WeakRegistries.SubjectField;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeakRegistriesTest {
  private static final List<Optional<String>> TWO_NEWS =
      List.of(Optional.of("app.QuietDebugger"), Optional.of("app.RemoteDebugger"));

  @Test
  void aRegistrationHoldsOnlyWeaklyWhenNoMentionKeepsIt() {
    assertTrue(WeakRegistries.holdsOnlyWeakly(List.of(Mention.WRAPPED_IN_REFERENCE,
        Mention.RECEIVER_OF_CALL_WITHOUT_ARGUMENTS, Mention.HANDED_TO_A_WEAK_KEEPER)));
    assertFalse(WeakRegistries.holdsOnlyWeakly(List.of(Mention.WRAPPED_IN_REFERENCE, Mention.KEPT)));
    assertFalse(WeakRegistries.holdsOnlyWeakly(List.of()), "nothing shows where it goes");
  }

  @Test
  void aCalleeThatNeverMentionsItKeepsNothing() {
    assertTrue(WeakRegistries.keepsAtMostWeakly(List.of()));
    assertFalse(WeakRegistries.keepsAtMostWeakly(List.of(Mention.KEPT)));
  }

  @Test
  void onlyMethodsNoSubclassReplacesAreFollowedAndNotTooDeep() {
    assertTrue(WeakRegistries.mayFollowInto(true, false, 1));
    assertFalse(WeakRegistries.mayFollowInto(true, true, 1));
    assertFalse(WeakRegistries.mayFollowInto(false, false, 1));
    assertFalse(WeakRegistries.mayFollowInto(true, false, WeakRegistries.MAX_DEPTH));
  }

  @Test
  void aPrivateFinalFieldMadeByAPrivateFactoryOfNewsClosesItsClasses() {
    assertEquals(Optional.of(List.of("app.QuietDebugger", "app.RemoteDebugger")),
        WeakRegistries.closedClasses(new SubjectField(true, true, true, false, true, TWO_NEWS)));
    assertEquals(Optional.of(List.of("app.WeakKeeper")), WeakRegistries.closedClasses(
        new SubjectField(true, true, true, true, false, List.of(Optional.of("app.WeakKeeper")))));
  }

  @Test
  void anythingLessDoesNot() {
    assertEquals(Optional.empty(), WeakRegistries.closedClasses(new SubjectField(false, true, true, false, true, TWO_NEWS)));
    assertEquals(Optional.empty(), WeakRegistries.closedClasses(new SubjectField(true, false, true, false, true, TWO_NEWS)));
    assertEquals(Optional.empty(), WeakRegistries.closedClasses(new SubjectField(true, true, false, false, true, TWO_NEWS)));
    assertEquals(Optional.empty(), WeakRegistries.closedClasses(new SubjectField(true, true, true, false, false, TWO_NEWS)));
    assertEquals(Optional.empty(), WeakRegistries.closedClasses(new SubjectField(true, true, true, false, true,
        List.of(Optional.of("app.WeakKeeper"), Optional.empty()))));
    assertEquals(Optional.empty(), WeakRegistries.closedClasses(new SubjectField(true, true, true, false, true, List.of())));
  }
}
