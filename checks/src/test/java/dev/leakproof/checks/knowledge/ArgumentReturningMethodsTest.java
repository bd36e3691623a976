package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentReturningMethodsTest {
  @Test
  void theJdksAndGuavasNullChecksReturnTheirArgument() {
    assertTrue(ArgumentReturningMethods.returnsFirstArgument("java.util.Objects", "requireNonNull"));
    assertTrue(ArgumentReturningMethods.returnsFirstArgument(
        "com.google.common.base.Preconditions", "checkNotNull"));
    assertFalse(ArgumentReturningMethods.returnsFirstArgument("java.util.Objects", "checkNotNull"));
    assertFalse(ArgumentReturningMethods.returnsFirstArgument("app.Checks", "requireNonNull"));
  }

  @Test
  void byItsSpellingACallNeedsNoQualifierOrOneNamingTheOwner() {
    assertTrue(ArgumentReturningMethods.returnsFirstArgumentBySpelling(Optional.empty(),
        "requireNonNull"), "a static import");
    assertTrue(ArgumentReturningMethods.returnsFirstArgumentBySpelling(Optional.of("Objects"),
        "requireNonNull"));
    assertTrue(ArgumentReturningMethods.returnsFirstArgumentBySpelling(
        Optional.of("com.google.common.base.Preconditions"), "checkNotNull"));
    assertFalse(ArgumentReturningMethods.returnsFirstArgumentBySpelling(Optional.of("MyObjects"),
        "requireNonNull"));
    assertFalse(ArgumentReturningMethods.returnsFirstArgumentBySpelling(Optional.of("Objects"),
        "checkNotNull"));
  }
}
