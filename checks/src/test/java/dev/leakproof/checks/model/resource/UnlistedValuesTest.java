package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.UnlistedValues.FirstArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnlistedValuesTest {
  /** Facts named as given; records the facts asked, in order. */
  private abstract static class Facts {
    private final Set<String> facts;
    final List<String> asked = new ArrayList<>();

    Facts(String... facts) {
      this.facts = Set.of(facts);
    }

    boolean fact(String name) {
      asked.add(name);
      return facts.contains(name);
    }

    public boolean nonResourceType() {
      return fact("nonResource");
    }
  }

  /** A {@code new} over {@code first}. */
  private static final class Value extends Facts implements UnlistedValues.Creation {
    private final FirstArgument first;

    Value(FirstArgument first, String... facts) {
      super(facts);
      this.first = first;
    }

    @Override public boolean anonymousClass() { return fact("anonymous"); }
    @Override public boolean knownToTables() { return fact("known"); }

    @Override
    public FirstArgument firstArgument() {
      fact("first");
      return first;
    }

    @Override public boolean closeReleasesOnlyMemory() { return fact("memoryClose"); }
  }

  /** A call of {@code method}. */
  private static final class Call extends Facts implements UnlistedValues.Call {
    private final String method;

    Call(String method, String... facts) {
      super(facts);
      this.method = method;
    }

    @Override
    public String methodName() {
      fact("name");
      return method;
    }

    @Override public boolean viewOwnedByReceiver() { return fact("view"); }
    @Override public boolean returnsNothingOwned() { return fact("nothingOwned"); }
    @Override public boolean returnsOnlyMemory() { return fact("memoryResult"); }
  }

  @Test
  void aCreationIsTheMethodsOwnWhenNoExclusionHoldsAndItIsClosedAfter() {
    Value plain = new Value(FirstArgument.OTHER);
    assertTrue(UnlistedValues.ownsUnlistedValue(plain, () -> true), "new POIFSFileSystem(file)");
    assertEquals(List.of("anonymous", "known", "first", "nonResource", "memoryClose"), plain.asked);
    assertFalse(UnlistedValues.ownsUnlistedValue(new Value(FirstArgument.OTHER), () -> false),
        "closed on no path after it, or only in an error branch");
  }

  @Test
  void aCreationIsExcludedByTheFirstReasonThatHoldsAndNothingLaterIsAsked() {
    for (String reason : List.of("anonymous", "known", "nonResource", "memoryClose")) {
      Value value = new Value(FirstArgument.OTHER, reason);
      assertFalse(UnlistedValues.mayBeOwn(value), reason);
      assertEquals(reason, value.asked.get(value.asked.size() - 1));
    }
    Value anonymous = new Value(FirstArgument.OTHER, "anonymous");
    assertFalse(UnlistedValues.ownsUnlistedValue(anonymous, () -> {
      throw new AssertionError("closedAfter need not be asked");
    }));
  }

  @Test
  void aCreationOverAnotherOwnersStreamOrOverMemoryHoldsNothingOfItsOwn() {
    for (FirstArgument over : List.of(FirstArgument.CLOSED_LOCAL, FirstArgument.STREAM_PARAMETER,
        FirstArgument.STREAM_FIELD, FirstArgument.MEMORY_LOCAL)) {
      Value value = new Value(over);
      assertFalse(UnlistedValues.ownsUnlistedValue(value, () -> true), over.name());
      assertFalse(value.asked.contains("nonResource"), value.asked.toString());
    }
  }

  @Test
  void aCallIsExcludedAsAnOwningViewAViewItsReceiverOwnsOrAResultHoldingNothing() {
    Call view = new Call("executeQuery");
    assertFalse(UnlistedValues.mayBeOwn(view), "statement.executeQuery(): its statement closes it");
    assertEquals(List.of("name"), view.asked);
    for (String reason : List.of("view", "nothingOwned", "nonResource", "memoryResult")) {
      assertFalse(UnlistedValues.mayBeOwn(new Call("open", reason)), reason);
    }
    Call owned = new Call("getInputStream");
    assertTrue(UnlistedValues.ownsUnlistedValue(owned, () -> true), "part.getInputStream()");
    assertEquals(List.of("name", "view", "nothingOwned", "nonResource", "memoryResult"), owned.asked);
  }
}
