package dev.leakproof.checks.model.staticcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.staticcache.BoundedKeys.Range;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BoundedKeysTest {
  private static Range call(String owner, String name, Range... arguments) {
    return BoundedKeys.ofCall(owner, name, true, List.of(arguments));
  }

  @Test
  void clampedOnBothSidesIsBoundedButOneSideIsNot() {
    Range atMost64 = call("java.lang.Math", "min", Range.UNKNOWN, Range.CONSTANT);
    assertEquals(new Range(false, true), atMost64);
    assertFalse(atMost64.bounded());
    assertTrue(call("java.lang.Math", "max", Range.CONSTANT, atMost64).bounded());
    assertFalse(call("java.lang.Math", "max", Range.UNKNOWN, atMost64).bounded());
    assertTrue(atMost64.and(BoundedKeys.ofComparison(">=", true)).bounded());
    assertTrue(BoundedKeys.ofComparison(BoundedKeys.flipped(">"), true)
        .and(BoundedKeys.ofComparison(">=", true)).bounded());
    assertEquals(new Range(true, false), BoundedKeys.ofComparison("<", false),
        "if (k < 0) return; leaves k >= 0");
    assertTrue(BoundedKeys.ofComparison("==", true).bounded());
    assertTrue(BoundedKeys.ofComparison("!=", false).bounded());
    assertFalse(BoundedKeys.ofComparison("!=", true).bounded());
    assertFalse(BoundedKeys.ofComparison("==", false).bounded());
  }

  @Test
  void theLengthOfAFormattedNumberIsBoundedButNotOfAnyString() {
    Range hex = call("java.lang.Integer", "toHexString", Range.UNKNOWN);
    assertFalse(hex.bounded(), "a number's text as a key: one of as many strings as numbers");
    assertTrue(call("java.lang.String", "length", hex).bounded());
    assertTrue(call("java.lang.Integer", "valueOf", call("java.lang.String", "length", hex))
        .bounded());
    assertFalse(call("java.lang.String", "length", Range.UNKNOWN).bounded());
    assertFalse(BoundedKeys.ofCall("java.lang.Integer", "valueOf", false, List.of(Range.CONSTANT))
        .bounded(), "Integer.valueOf(String) parses: its value is not the string's length");
    assertFalse(call("java.lang.String", "valueOf", Range.UNKNOWN).bounded());
  }

  @Test
  void theNameOfAClassIsBoundedByTheProgram() {
    assertTrue(BoundedKeys.ofCall("java.lang.Class", "getName", true, List.of(Range.UNKNOWN))
        .bounded());
    assertFalse(BoundedKeys.ofCall("java.lang.Object", "toString", true, List.of(Range.UNKNOWN))
        .bounded());
  }

  @Test
  void aPlaceInTheCodeIsBoundedByTheProgram() {
    assertTrue(BoundedKeys.ofCall("java.lang.StackTraceElement", "toString", true,
        List.of(Range.UNKNOWN)).bounded());
    assertFalse(BoundedKeys.ofCall("java.lang.Throwable", "getMessage", true,
        List.of(Range.UNKNOWN)).bounded());
  }

  @Test
  void aHelperIsBoundedOnlyWhereEveryReturnIs() {
    Range frame = BoundedKeys.ofCall("java.lang.StackTraceElement", "toString", true,
        List.of(Range.UNKNOWN));
    assertTrue(BoundedKeys.ofReturns(List.of(frame, Range.CONSTANT)).bounded());
    assertFalse(BoundedKeys.ofReturns(List.of(frame, Range.UNKNOWN)).bounded(),
        "one return of data makes the helper's value data");
    assertFalse(BoundedKeys.ofReturns(List.of()).bounded(), "no return read: nothing known");
    assertEquals(new Range(true, false), BoundedKeys.ofReturns(
        List.of(new Range(true, true), new Range(true, false))));
  }

  @Test
  void onlyOneKeyAddsOfCollectionsHoldingEachKeyOnceHaveAKey() {
    assertEquals(OptionalInt.of(0), BoundedKeys.keyArgument("java.util.Map", "computeIfAbsent"));
    assertEquals(OptionalInt.of(0), BoundedKeys.keyArgument("java.util.Set", "add"));
    assertEquals(OptionalInt.empty(), BoundedKeys.keyArgument("java.util.List", "add"));
    assertEquals(OptionalInt.empty(), BoundedKeys.keyArgument("java.util.Map", "putAll"));
  }

  @Test
  void aFixedSetGuardBoundsAnyKey() {
    assertTrue(BoundedKeys.isBounded(Range.UNKNOWN, true));
    assertFalse(BoundedKeys.isBounded(new Range(true, false), false));
  }

  @Test
  void aFixedSetIsAStaticFinalCollectionNothingAddsToReplacesOrLetsEscape() {
    BoundedKeys.GuardUses untouched = new BoundedKeys.GuardUses(false, false, false);
    assertTrue(BoundedKeys.isFixedSet(true, true, "java.util.Set", () -> untouched));
    assertFalse(BoundedKeys.isFixedSet(true, true, "java.util.Set",
        () -> new BoundedKeys.GuardUses(true, false, false)));
    assertFalse(BoundedKeys.isFixedSet(true, true, "java.util.Set",
        () -> new BoundedKeys.GuardUses(false, true, false)));
    assertFalse(BoundedKeys.isFixedSet(true, true, "java.util.Set",
        () -> new BoundedKeys.GuardUses(false, false, true)));
  }

  @Test
  void aFieldThatIsNotAStaticFinalCollectionIsNoFixedSetAndItsUsesAreNotAskedFor() {
    java.util.function.Supplier<BoundedKeys.GuardUses> never = () -> {
      throw new AssertionError("uses asked for");
    };
    assertFalse(BoundedKeys.isFixedSet(false, true, "java.util.Set", never));
    assertFalse(BoundedKeys.isFixedSet(true, false, "java.util.Set", never));
    assertFalse(BoundedKeys.isFixedSet(true, true, "java.lang.String", never));
    assertFalse(BoundedKeys.isFixedSet(true, true, "", never));
  }

  @Test
  void containsWithTheKeyIsTheMembershipTestOfAFixedSet() {
    assertTrue(BoundedKeys.isMembershipTest("contains", 1));
    assertFalse(BoundedKeys.isMembershipTest("containsAll", 1));
    assertFalse(BoundedKeys.isMembershipTest("contains", 2));
  }
}
