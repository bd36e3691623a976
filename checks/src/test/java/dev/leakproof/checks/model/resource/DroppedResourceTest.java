package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_NORMAL_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.UnclosedResourceModel.Carrier;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.CarrierCall;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Kind;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Resource;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Where an acquired value goes when nothing holds it ({@link UnclosedResourceModel#dropped}). */
class DroppedResourceTest {
  private static final BooleanSupplier NOT_ASKED = () -> {
    throw new AssertionError("need not be asked");
  };

  @Test
  void aDroppedResourceIsNotClosedOrNamesTheHelperThatLeftItOpen() {
    Resource in = new Resource("java.io.FileInputStream", null);
    var dropped = UnclosedResourceModel.dropped(in, null);
    assertEquals(Kind.NOT_CLOSED, dropped.kind());
    assertEquals(UnclosedResourceModel.judge(in,
        UnclosedResourceModel.Paths.of(PathFacts.of(LEAKS_ON_NORMAL_PATH), null)).sentence(),
        dropped.sentence());
    assertEquals(Kind.NOT_CLOSED_WHEN_HELPER_RETURNS_IT_OPEN,
        UnclosedResourceModel.dropped(in, "`load()`").kind());
  }

  @Test
  void aReceiverIsDroppedAfterACallThatNeitherReleasesItNorMayHandItBack() {
    assertTrue(UnclosedResourceModel.droppedAfterReceiverCall(false, () -> false),
        "new FileOutputStream(f).write(data)");
    assertFalse(UnclosedResourceModel.droppedAfterReceiverCall(true, NOT_ASKED),
        "new FileInputStream(f).close()");
    assertFalse(UnclosedResourceModel.droppedAfterReceiverCall(false, () -> true),
        "new StringWriter().append(s): a fluent call may hand it back");
  }

  @Test
  void anArgumentIsDroppedWhenTheCalleeOnlyBorrowsIt() {
    assertTrue(UnclosedResourceModel.droppedAfterCall(true, () -> {
      throw new AssertionError("no summary needed");
    }, NOT_ASKED),
        "props.load(new FileInputStream(f)): the table says it borrows");
    assertTrue(UnclosedResourceModel.droppedAfterCall(false, () -> CalleeSummary.BORROWS,
        NOT_ASKED));
    assertTrue(UnclosedResourceModel.droppedAfterCall(false,
        () -> CalleeSummary.CLOSES_UNLESS_IT_THROWS, NOT_ASKED));
    assertTrue(UnclosedResourceModel.droppedAfterCall(false,
        () -> CalleeSummary.CLOSES_ON_SOME_EXITS, NOT_ASKED));
    assertFalse(UnclosedResourceModel.droppedAfterCall(false, () -> CalleeSummary.CLOSES,
        NOT_ASKED));
    assertFalse(UnclosedResourceModel.droppedAfterCall(false, () -> CalleeSummary.TAKES,
        NOT_ASKED));
    assertTrue(UnclosedResourceModel.droppedAfterCall(false, () -> CalleeSummary.UNKNOWN,
        () -> true),
        "JSON.parse(in): an unreadable call that borrows by its shape");
    assertFalse(UnclosedResourceModel.droppedAfterCall(false, () -> CalleeSummary.UNKNOWN,
        () -> false));
  }

  @Test
  void theCarrierDecidesWhetherTheValueIsDropped() {
    Resource in = new Resource("java.io.FileInputStream", null);
    Supplier<CalleeSummary> noSummary = () -> {
      throw new AssertionError("need not be asked");
    };
    Supplier<String> noHelper = () -> null;
    CarrierCall nothingAsked = new CarrierCall(NOT_ASKED, NOT_ASKED, NOT_ASKED, noSummary,
        NOT_ASKED, noHelper);
    assertEquals(Kind.NOT_CLOSED, UnclosedResourceModel.atCarrier(in, Carrier.STATEMENT,
        nothingAsked).kind(), "new FileInputStream(f);");
    assertFalse(UnclosedResourceModel.atCarrier(in, Carrier.HELD, nothingAsked).leaks(),
        "in = new FileInputStream(f): the engine follows the local");
    assertEquals(Kind.NOT_CLOSED, UnclosedResourceModel.atCarrier(in, Carrier.RECEIVER,
        new CarrierCall(() -> false, () -> false, NOT_ASKED, noSummary, NOT_ASKED, noHelper))
        .kind(), "new FileOutputStream(f).write(b)");
    assertFalse(UnclosedResourceModel.atCarrier(in, Carrier.RECEIVER,
        new CarrierCall(() -> false, () -> true, NOT_ASKED, noSummary, NOT_ASKED, noHelper))
        .leaks(), "a fluent call may hand it back");
    CarrierCall helper = new CarrierCall(NOT_ASKED, NOT_ASKED, () -> false,
        () -> CalleeSummary.CLOSES_ON_SOME_EXITS, NOT_ASKED, () -> "`closeUnless()`");
    assertEquals(Kind.NOT_CLOSED_WHEN_HELPER_RETURNS_IT_OPEN,
        UnclosedResourceModel.atCarrier(in, Carrier.CALL_ARGUMENT, helper).kind());
    assertEquals(Kind.NOT_CLOSED,
        UnclosedResourceModel.atCarrier(in, Carrier.CONSTRUCTOR_ARGUMENT, helper).kind(),
        "a constructor is named by no helper sentence");
    assertFalse(UnclosedResourceModel.atCarrier(in, Carrier.CALL_ARGUMENT, new CarrierCall(
        NOT_ASKED, NOT_ASKED, () -> false, () -> CalleeSummary.TAKES, NOT_ASKED, noHelper))
        .leaks(), "the callee has it");
  }
}
