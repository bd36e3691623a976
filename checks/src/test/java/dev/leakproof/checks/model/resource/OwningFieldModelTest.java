package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.OwningFieldModel.MethodUses;
import dev.leakproof.checks.model.resource.OwningFieldModel.OwnedField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwningFieldModelTest {

  private static OwnedField file() {
    return new OwnedField("file", "java.nio.channels.FileChannel", 42);
  }

  private static MethodUses method(String name, Set<String> releases, Set<String> handsOver,
      Set<String> calls, boolean callsUnseen) {
    return new MethodUses(name, 0, 7, releases, handsOver, calls, callsUnseen);
  }

  private static MethodUses open() {
    return new MethodUses("<init>", 1, 0, Set.of(), Set.of(), Set.of(), false);
  }

  @Test
  void aFieldTheReleaseMethodForgetsIsReportedThereNamingTheFieldAndItsLine() {
    var finding = OwningFieldModel.judge(List.of(file()),
        List.of(open(), method("close", Set.of(), Set.of(), Set.of(), false)));
    assertTrue(finding.isPresent());
    assertEquals(7, finding.get().line());
    assertEquals("`close()` does not close `file`, the `FileChannel` opened at line 42: close it"
        + " there too, so it does not outlive the object that owns it", finding.get().sentence());
  }

  @Test
  void aFieldClosedByAHelperTheReleaseMethodCallsIsReleased() {
    var finding = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("close", Set.of(), Set.of(), Set.of("closeAll"), false),
        method("closeAll", Set.of("file"), Set.of(), Set.of(), false)));
    assertTrue(finding.isEmpty());
  }

  @Test
  void aFieldClosedByAnyMethodOfTheClassCountsAsReleased() {
    // A poller thread's run() closing the selector once destroy() raised a flag.
    var finding = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("close", Set.of(), Set.of(), Set.of(), false),
        method("run", Set.of("file"), Set.of(), Set.of(), false)));
    assertTrue(finding.isEmpty());
  }

  @Test
  void anUnseenCallBehindAHelperOfTheReleaseMethodSilencesToo() {
    var finding = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("close", Set.of(), Set.of(), Set.of("closeAll"), false),
        method("closeAll", Set.of(), Set.of(), Set.of(), true)));
    assertTrue(finding.isEmpty());
  }

  @Test
  void aFieldHandedOverAnywhereIsNotTheClassesToClose() {
    var finding = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("register", Set.of(), Set.of("file"), Set.of(), false),
        method("close", Set.of(), Set.of(), Set.of(), false)));
    assertTrue(finding.isEmpty());
  }

  @Test
  void aReleaseMethodRunningCodeWeCannotSeeMayCloseAnything() {
    var finding = OwningFieldModel.judge(List.of(file()),
        List.of(open(), method("close", Set.of(), Set.of(), Set.of(), true)));
    assertTrue(finding.isEmpty());
  }

  @Test
  void aClassWithoutReleaseMethodIsNotJudged() {
    var finding = OwningFieldModel.judge(List.of(file()),
        List.of(open(), new MethodUses("close", 1, 7, Set.of(), Set.of(), Set.of(), false)));
    assertTrue(finding.isEmpty());
  }

  @Test
  void closePreferredOverShutdownAndTheFirstStoreNamed() {
    var finding = OwningFieldModel.judge(
        List.of(new OwnedField("file", "FileChannel", 50), file()),
        List.of(open(), method("shutdown", Set.of(), Set.of(), Set.of(), false),
            method("close", Set.of(), Set.of(), Set.of(), false)));
    assertTrue(finding.isPresent());
    assertEquals("close", finding.get().releaseMethod());
    assertTrue(finding.get().sentence().contains("opened at line 42"));
  }

  @Test
  void severalForgottenFieldsAreOneFindingNamingEachInTheOrderOpened() {
    var finding = OwningFieldModel.judge(
        List.of(new OwnedField("loop2", "EventLoopGroup", 85),
            new OwnedField("loop", "EventLoopGroup", 84)),
        List.of(open(), method("close", Set.of(), Set.of(), Set.of(), false)));
    assertEquals(List.of("loop", "loop2"), finding.get().fields());
    assertEquals("`close()` does not close `loop`, the `EventLoopGroup` opened at line 84, nor"
        + " `loop2`, the `EventLoopGroup` opened at line 85: close them there too, so they do not"
        + " outlive the object that owns them", finding.get().sentence());
  }

  @Test
  void eitherReleaseMethodClosingTheFieldIsEnough() {
    var finding = OwningFieldModel.judge(List.of(file()), List.of(open(),
        method("shutdown", Set.of("file"), Set.of(), Set.of(), false),
        method("close", Set.of(), Set.of(), Set.of(), false)));
    assertTrue(finding.isEmpty());
  }
}
