package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.leakproof.checks.model.resource.UnclosedResourceModel.Kind;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Paths;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Resource;
import org.junit.jupiter.api.Test;

class UnclosedResourceModelTest {
  private static final Resource IN = new Resource("java.io.FileInputStream", "in");

  @Test
  void aNormalPathLeakIsNotClosedOnEveryPathAndNamesTheResource() {
    var verdict = UnclosedResourceModel.judge(IN, new Paths(true, true, true, "`read()`"));
    assertEquals(Kind.NOT_CLOSED, verdict.kind());
    assertEquals("The `FileInputStream` in `in` is not closed on every path: use"
        + " try-with-resources so the file handle, socket or connection is released even when an"
        + " exception is thrown", verdict.sentence());
  }

  @Test
  void anExceptionOnlyLeakOfAClosedResourceNamesTheThrowingCall() {
    var verdict = UnclosedResourceModel.judge(IN, new Paths(false, true, true,
        UnclosedResourceModel.call("read")));
    assertEquals(Kind.CLOSED_BUT_NOT_IF_THROWS, verdict.kind());
    assertEquals("The `FileInputStream` in `in` is closed, but not if `read()` throws: use"
        + " try-with-resources so it is closed on every path", verdict.sentence());
  }

  @Test
  void anExceptionOnlyLeakOfAResourceNeverClosedIsNotClosedOnEveryPath() {
    assertEquals(Kind.NOT_CLOSED,
        UnclosedResourceModel.judge(IN, new Paths(false, true, false, null)).kind());
  }

  @Test
  void anExpectedThrowBeforeAHandOverNamesTheCall() {
    var verdict = UnclosedResourceModel.judge(IN, new Paths(false, true, false, true,
        UnclosedResourceModel.call("bind"), true));
    assertEquals(Kind.NOT_CLOSED_IF_THROWS_BEFORE_HAND_OVER, verdict.kind());
    assertEquals("The `FileInputStream` in `in` is not closed if `bind()` throws before it is"
        + " handed over: close it when that fails (catch, close, rethrow), so the file handle,"
        + " socket or connection is not lost", verdict.sentence());
  }

  @Test
  void aHandedOverResourceIsSilentWithoutAnExpectedThrowOrOnItsOtherNormalPaths() {
    assertFalse(UnclosedResourceModel.judge(IN, new Paths(false, true, false, true,
        UnclosedResourceModel.call("debug"), false)).leaks());
    assertFalse(UnclosedResourceModel.judge(IN, new Paths(true, false, false, true, null, true))
        .leaks());
  }

  @Test
  void aHandedOverResourceTheMethodClosesSomewhereIsLeftToItsOwnFailureHandling() {
    assertFalse(UnclosedResourceModel.judge(IN, new Paths(false, true, true, true,
        UnclosedResourceModel.call("getParts"), true)).leaks());
  }

  @Test
  void noLeakNoSentence() {
    var verdict = UnclosedResourceModel.judge(IN, new Paths(false, false, true, null));
    assertFalse(verdict.leaks());
    assertNull(verdict.sentence());
  }

  @Test
  void aResourceWithoutVariableIsTheOneOpenedHere() {
    var verdict = UnclosedResourceModel.judge(new Resource("java/io/FileOutputStream", null),
        new Paths(true, false, false, null));
    assertEquals("The `FileOutputStream` opened here is not closed on every path: use"
        + " try-with-resources so the file handle, socket or connection is released even when an"
        + " exception is thrown", verdict.sentence());
  }

  @Test
  void typesAreNamedSimplyHoweverTheEngineSpellsThem() {
    assertEquals("Inner", UnclosedResourceModel.simpleName("a.b.Outer$Inner"));
    assertEquals("Stream", UnclosedResourceModel.simpleName("java.util.stream.Stream<String>"));
    assertEquals("File", UnclosedResourceModel.simpleName("java/io/File"));
    assertEquals("`new GZIPInputStream(…)`",
        UnclosedResourceModel.constructor("java.util.zip.GZIPInputStream"));
  }
}
