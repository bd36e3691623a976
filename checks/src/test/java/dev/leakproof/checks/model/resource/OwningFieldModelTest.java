package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.OwningFieldModel.MethodUses;
import dev.leakproof.checks.model.resource.OwningFieldModel.OwnedField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwningFieldModelTest {

  private static OwnedField file() {
    return new OwnedField("file", "java.nio.channels.FileChannel", 42);
  }

  private static MethodUses method(String name, Set<String> releases, Set<String> handsOver,
      Set<String> calls, boolean callsUnseen) {
    return new MethodUses(name, 0, releases, handsOver, calls, callsUnseen);
  }

  private static MethodUses open() {
    return new MethodUses("<init>", 1, Set.of(), Set.of(), Set.of(), false);
  }

  @Test
  void aFieldNothingClosesIsReportedAtItsStoreNamingTheFieldAndTheReleaseMethod() {
    var findings = OwningFieldModel.judge(List.of(file()),
        List.of(open(), method("close", Set.of(), Set.of(), Set.of(), false)));
    assertEquals(1, findings.size());
    assertEquals(42, findings.get(0).line());
    assertEquals("file", findings.get(0).field());
    assertEquals("`file`, the `FileChannel` stored here, is never closed: `close()` does not close"
        + " it, nor does any other method of the class; close it in `close()` so it does not"
        + " outlive the object that owns it", findings.get(0).sentence());
  }

  @Test
  void aFieldClosedByAHelperTheReleaseMethodCallsIsReleased() {
    var findings = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("close", Set.of(), Set.of(), Set.of("closeAll"), false),
        method("closeAll", Set.of("file"), Set.of(), Set.of(), false)));
    assertTrue(findings.isEmpty());
  }

  @Test
  void aFieldClosedByAnyMethodOfTheClassCountsAsReleased() {
    // A poller thread's run() closing the selector once destroy() raised a flag.
    var findings = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("close", Set.of(), Set.of(), Set.of(), false),
        method("run", Set.of("file"), Set.of(), Set.of(), false)));
    assertTrue(findings.isEmpty());
  }

  @Test
  void anUnseenCallBehindAHelperOfTheReleaseMethodSilencesToo() {
    var findings = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("close", Set.of(), Set.of(), Set.of("closeAll"), false),
        method("closeAll", Set.of(), Set.of(), Set.of(), true)));
    assertTrue(findings.isEmpty());
  }

  @Test
  void aFieldHandedOverAnywhereIsNotTheClassesToClose() {
    var findings = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("register", Set.of(), Set.of("file"), Set.of(), false),
        method("close", Set.of(), Set.of(), Set.of(), false)));
    assertTrue(findings.isEmpty());
  }

  @Test
  void aReleaseMethodRunningCodeWeCannotSeeMayCloseAnything() {
    var findings = OwningFieldModel.judge(List.of(file()),
        List.of(open(), method("close", Set.of(), Set.of(), Set.of(), true)));
    assertTrue(findings.isEmpty());
  }

  @Test
  void aClassWithoutReleaseMethodIsNotJudged() {
    var findings = OwningFieldModel.judge(List.of(file()),
        List.of(open(), new MethodUses("close", 1, Set.of(), Set.of(), Set.of(), false)));
    assertTrue(findings.isEmpty());
  }

  @Test
  void closePreferredOverShutdownAndOnlyTheFirstStoreReported() {
    var findings = OwningFieldModel.judge(
        List.of(new OwnedField("file", "FileChannel", 50), file()),
        List.of(open(), method("shutdown", Set.of(), Set.of(), Set.of(), false),
            method("close", Set.of(), Set.of(), Set.of(), false)));
    assertEquals(1, findings.size());
    assertEquals("close", findings.get(0).releaseMethod());
    assertEquals(42, findings.get(0).line());
  }

  @Test
  void severalForgottenFieldsAreOneFindingEachAtItsOwnStoreInLineOrder() {
    var findings = OwningFieldModel.judge(
        List.of(new OwnedField("loop2", "EventLoopGroup", 85),
            new OwnedField("loop", "EventLoopGroup", 84)),
        List.of(open(), method("close", Set.of(), Set.of(), Set.of(), false)));
    assertEquals(List.of("loop", "loop2"), findings.stream().map(f -> f.field()).toList());
    assertEquals(List.of(84, 85), findings.stream().map(f -> f.line()).toList());
  }

  @Test
  void eitherReleaseMethodClosingTheFieldIsEnough() {
    var findings = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("shutdown", Set.of("file"), Set.of(), Set.of(), false),
        method("close", Set.of(), Set.of(), Set.of(), false)));
    assertTrue(findings.isEmpty());
  }

  private static OwnedField reopenedBy(String method, boolean overwrites) {
    return new OwnedField("sock", "java.net.Socket", 60, method, overwrites);
  }

  private static List<MethodUses> socketClosedByClose(MethodUses... more) {
    var methods = new java.util.ArrayList<>(List.of(
        new MethodUses("<init>", 1, Set.of(), Set.of(), Set.of(), false),
        method("close", Set.of("sock"), Set.of(), Set.of(), false),
        method("reconnect", Set.of(), Set.of(), Set.of(), false)));
    methods.addAll(List.of(more));
    return methods;
  }

  @Test
  void aFieldOpenSinceConstructionOverwrittenByAMethodCalledFromOutsideIsReported() {
    var findings = OwningFieldModel.judge(
        List.of(new OwnedField("sock", "Socket", 20, "<init>", false), reopenedBy("reconnect", true)),
        socketClosedByClose(), Set.of("sock"));
    assertEquals(1, findings.size());
    assertEquals(60, findings.get(0).line());
    assertEquals("`sock` is reassigned here while it still holds an open `Socket`: `reconnect()`"
        + " does not close the old one first, and once it is overwritten nothing can; close it"
        + " before storing the new one", findings.get(0).sentence());
  }

  @Test
  void aReassignmentIsSilentUnlessTheOldValueIsCertainlyOpen() {
    // The method touched the field first (a null check, a close).
    assertTrue(OwningFieldModel.judge(List.of(reopenedBy("reconnect", false)),
        socketClosedByClose(), Set.of("sock")).isEmpty());
    // Not every constructor opened it: it may still be null.
    assertTrue(OwningFieldModel.judge(List.of(reopenedBy("reconnect", true)),
        socketClosedByClose(), Set.of()).isEmpty());
    // Another method called from outside closes it: it may be closed already.
    assertTrue(OwningFieldModel.judge(List.of(reopenedBy("reconnect", true)),
        socketClosedByClose(method("disconnect", Set.of("sock"), Set.of(), Set.of(), false)),
        Set.of("sock")).isEmpty());
    // Another method stores null or a borrowed socket into it.
    assertTrue(OwningFieldModel.judge(List.of(reopenedBy("reconnect", true)),
        socketClosedByClose(new MethodUses("reset", 0, Set.of(), Set.of(), Set.of(), false,
            Set.of("sock"))), Set.of("sock")).isEmpty());
    // The storing method is one the class calls itself (from its constructor, say).
    assertTrue(OwningFieldModel.judge(List.of(reopenedBy("reconnect", true)),
        socketClosedByClose(method("init", Set.of(), Set.of(), Set.of("reconnect"), false)),
        Set.of("sock")).isEmpty());
  }

  @Test
  void aPrivateCloserOnlyTheReleaseMethodCallsStillLetsTheReassignmentBeJudged() {
    var findings = OwningFieldModel.judge(List.of(reopenedBy("reconnect", true)), List.of(
        new MethodUses("<init>", 1, Set.of(), Set.of(), Set.of(), false),
        method("close", Set.of(), Set.of(), Set.of("closeSocket"), false),
        method("closeSocket", Set.of("sock"), Set.of(), Set.of(), false),
        method("reconnect", Set.of(), Set.of(), Set.of(), false)), Set.of("sock"));
    assertEquals(1, findings.size());
  }

  @Test
  void aFieldNeverClosedIsReportedOnceAsForgottenNotAgainAsReassigned() {
    var findings = OwningFieldModel.judge(
        List.of(new OwnedField("sock", "Socket", 20, "<init>", false), reopenedBy("reconnect", true)),
        List.of(new MethodUses("<init>", 1, Set.of(), Set.of(), Set.of(), false),
            method("close", Set.of(), Set.of(), Set.of(), false),
            method("reconnect", Set.of(), Set.of(), Set.of(), false)), Set.of("sock"));
    assertEquals(List.of(20), findings.stream().map(f -> f.line()).toList());
  }

  @Test
  void aConstructorThatMayFailAfterOpeningIntoAClosedFieldIsReportedAtTheStoreNamingTheCall() {
    OwnedField in = new OwnedField("in", "java.io.FileInputStream", 21, "<init>", false);
    var failure = new OwningFieldModel.FailsAfterStore(in, "readHeader", false);
    var findings = OwningFieldModel.judge(List.of(in), List.of(open(),
        method("close", Set.of("in"), Set.of(), Set.of(), false)), Set.of("in"), List.of(failure));
    assertEquals(List.of(21), findings.stream().map(f -> f.line()).toList());
    assertEquals("`in`, the `FileInputStream` stored here, stays open if `readHeader()` throws: the"
        + " constructor fails, and nobody can close a half-built object; close it before the"
        + " exception leaves the constructor", findings.get(0).sentence());
  }

  @Test
  void aFailingConstructorIsNamedAsEverySentenceNamesOne() {
    OwnedField in = new OwnedField("in", "java.io.FileInputStream", 27, "<init>", false);
    var failure = new OwningFieldModel.FailsAfterStore(in, "java/io/FileOutputStream", true);
    var findings = OwningFieldModel.judge(List.of(in), List.of(open(),
        method("close", Set.of("in"), Set.of(), Set.of(), false)), Set.of("in"), List.of(failure));
    assertEquals("`in`, the `FileInputStream` stored here, stays open if `new FileOutputStream(…)`"
        + " throws: the constructor fails, and nobody can close a half-built object; close it"
        + " before the exception leaves the constructor", findings.get(0).sentence());
  }

  @Test
  void aConstructorThatMayFailAfterOpeningIntoAFieldNothingClosesGetsOnlyTheNeverClosedFinding() {
    OwnedField in = new OwnedField("in", "java.io.FileInputStream", 21, "<init>", false);
    var findings = OwningFieldModel.judge(List.of(in), List.of(open(),
        method("close", Set.of(), Set.of(), Set.of(), false)), Set.of("in"),
        List.of(new OwningFieldModel.FailsAfterStore(in, "readHeader", false)));
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).sentence().contains("is never closed"));
  }

  @Test
  void aConstructorThatMayFailAfterHandingTheFieldOverIsSilent() {
    OwnedField in = new OwnedField("in", "java.io.FileInputStream", 21, "<init>", false);
    var findings = OwningFieldModel.judge(List.of(in), List.of(
        new MethodUses("<init>", 1, Set.of(), Set.of("in"), Set.of(), false),
        method("close", Set.of("in"), Set.of(), Set.of(), false)), Set.of("in"),
        List.of(new OwningFieldModel.FailsAfterStore(in, "readHeader", false)));
    assertTrue(findings.isEmpty());
  }

  @Test
  void aCallThatClosesItsArgumentReleasesTheFieldWhateverItsName() {
    // IoUtils.safeClose(channel): the tables know it by its class
    assertEquals(OwningFieldModel.Use.RELEASES,
        OwningFieldModel.asArgumentOf("safeClose", true, CalleeSummary.UNKNOWN));
    // hangUp(socket), whose body closes it on every path, or on some exits
    assertEquals(OwningFieldModel.Use.RELEASES,
        OwningFieldModel.asArgumentOf("hangUp", false, CalleeSummary.CLOSES));
    assertEquals(OwningFieldModel.Use.RELEASES,
        OwningFieldModel.asArgumentOf("hangUp", false, CalleeSummary.CLOSES_ON_SOME_EXITS));
    // unknown code: its name still decides
    assertEquals(OwningFieldModel.Use.USES,
        OwningFieldModel.asArgumentOf("safeClose", false, CalleeSummary.UNKNOWN));
    assertEquals(OwningFieldModel.Use.RELEASES,
        OwningFieldModel.asArgumentOf("closeQuietly", false, CalleeSummary.UNKNOWN));
    assertEquals(OwningFieldModel.Use.HANDS_OVER,
        OwningFieldModel.asArgumentOf("register", false, CalleeSummary.TAKES));
  }

  @Test
  void aBodyThatOnlyBorrowsTheFieldReleasesNothingWhateverItsName() {
    // disconnect(socket) that only shuts the output down
    assertEquals(OwningFieldModel.Use.USES,
        OwningFieldModel.asArgumentOf("disconnect", false, CalleeSummary.BORROWS));
    assertEquals(OwningFieldModel.Use.USES,
        OwningFieldModel.asArgumentOf("register", false, CalleeSummary.BORROWS));
  }

  @Test
  void aReturnedFieldIsHandedOverOnlyWhenTheMethodLetsGoOfItAfterReturningIt() {
    assertEquals(OwningFieldModel.Use.USES, OwningFieldModel.asReturned(false)); // a getter
    assertEquals(OwningFieldModel.Use.HANDS_OVER, OwningFieldModel.asReturned(true)); // detach()
  }

  @Test
  void aFieldIsOpenedAtConstructionWhenEveryConstructorNotCallingThisOpensItOrAnInitializerDoes() {
    assertEquals(Set.of("in", "sock"), OwningFieldModel.openedAtConstruction(Set.of("sock"),
        Arrays.asList(Set.of("in", "out"), null, Set.of("in"))));
  }

  @Test
  void withEveryConstructorCallingThisOnlyTheInitializersCount() {
    assertEquals(Set.of("sock"), OwningFieldModel.openedAtConstruction(Set.of("sock"),
        Arrays.asList((Set<String>) null)));
    assertEquals(Set.of(), OwningFieldModel.openedAtConstruction(Set.of(), List.of()));
  }
}
