package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.UnlistedValues.FirstArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnlistedValuesTest {
  /**
   * A value whose facts are the names given (a creation when "new" is among them); records the
   * facts asked, in order, and fails when a fact of the other kind is asked.
   */
  private static final class Value implements UnlistedValues.Value {
    private final Set<String> facts;
    private final FirstArgument first;
    private final String method;
    final List<String> asked = new ArrayList<>();

    Value(FirstArgument first, String... facts) {
      this.facts = Set.of(facts);
      this.first = first;
      this.method = "open";
    }

    Value(String method, String... facts) {
      this.facts = Set.of(facts);
      this.first = null;
      this.method = method;
    }

    private boolean fact(String name, boolean ofCreation) {
      if (ofCreation != isCreationFact()) {
        throw new AssertionError(name + " is asked of the other kind of value");
      }
      asked.add(name);
      return facts.contains(name);
    }

    private boolean isCreationFact() {
      return first != null;
    }

    @Override public boolean isCreation() { return isCreationFact(); }
    @Override public boolean anonymousClass() { return fact("anonymous", true); }
    @Override public boolean knownToTables() { return fact("known", true); }

    @Override
    public FirstArgument firstArgument() {
      fact("first", true);
      return first;
    }

    @Override
    public String methodName() {
      fact("name", false);
      return method;
    }

    @Override public boolean viewOwnedByReceiver() { return fact("view", false); }
    @Override public boolean returnsNothingOwned() { return fact("nothingOwned", false); }

    @Override
    public boolean nonResourceType() {
      asked.add("nonResource");
      return facts.contains("nonResource");
    }

    @Override public boolean closeReleasesOnlyMemory() { return fact("memoryClose", true); }
    @Override public boolean returnsOnlyMemory() { return fact("memoryResult", false); }
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
    Value view = new Value("executeQuery");
    assertFalse(UnlistedValues.mayBeOwn(view), "statement.executeQuery(): its statement closes it");
    assertEquals(List.of("name"), view.asked);
    for (String reason : List.of("view", "nothingOwned", "nonResource", "memoryResult")) {
      assertFalse(UnlistedValues.mayBeOwn(new Value("open", reason)), reason);
    }
    Value owned = new Value("getInputStream");
    assertTrue(UnlistedValues.ownsUnlistedValue(owned, () -> true), "part.getInputStream()");
    assertEquals(List.of("name", "view", "nothingOwned", "nonResource", "memoryResult"), owned.asked);
  }

  @Test
  void theFakeRefusesFactsOfTheOtherKind() {
    assertThrows(AssertionError.class, () -> new Value("open").anonymousClass());
  }
}
