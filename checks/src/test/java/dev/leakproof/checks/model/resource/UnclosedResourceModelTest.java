package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.PathFact.CLOSED_ON_FAILURE;
import static dev.leakproof.checks.model.resource.PathFact.CLOSED_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.HANDED_OVER_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_EXCEPTION;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_NORMAL_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.UnclosedResourceModel.HolderAssignment;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.HolderInitializer;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Kind;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Paths;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnclosedResourceModelTest {
  @Test
  void aHolderGivenOtherValuesTooHoldsTheResourceOnlyOnceAssigned() {
    // Reader r = new BufferedReader(..); or Reader r; r = new BufferedReader(..);
    assertEquals(HolderAssignment.ALWAYS, UnclosedResourceModel.holderAssignment(
        true, HolderInitializer.THE_HOLDER, 0, 0, true));
    assertEquals(HolderAssignment.ALWAYS, UnclosedResourceModel.holderAssignment(
        true, HolderInitializer.NOTHING, 1, 0, true));
    // OutputStream out = null; .. out = new PrintStream(bos); (Ant's Rpm, BZip2.pack)
    assertEquals(HolderAssignment.ONCE_ASSIGNED_NULL_ELSEWHERE,
        UnclosedResourceModel.holderAssignment(true, HolderInitializer.NULL, 1, 0, true));
    // .. else out = new LogOutputStream(..);
    assertEquals(HolderAssignment.ONCE_ASSIGNED,
        UnclosedResourceModel.holderAssignment(true, HolderInitializer.NULL, 1, 1, false));
    assertEquals(HolderAssignment.ONCE_ASSIGNED,
        UnclosedResourceModel.holderAssignment(true, HolderInitializer.OTHER, 1, 0, true));
    // stored twice, declared twice, or declared with it and reassigned: not followed
    assertEquals(HolderAssignment.NOT_FOLLOWED,
        UnclosedResourceModel.holderAssignment(true, HolderInitializer.NULL, 2, 0, true));
    assertEquals(HolderAssignment.NOT_FOLLOWED,
        UnclosedResourceModel.holderAssignment(false, HolderInitializer.NOTHING, 1, 0, true));
    assertEquals(HolderAssignment.NOT_FOLLOWED,
        UnclosedResourceModel.holderAssignment(true, HolderInitializer.THE_HOLDER, 0, 1, true));
  }

  private static final Resource IN = new Resource("java.io.FileInputStream", "in");

  @Test
  void aNormalPathLeakIsNotClosedOnEveryPathAndNamesTheResource() {
    var verdict = UnclosedResourceModel.judge(IN, Paths.of(PathFacts.of(LEAKS_ON_NORMAL_PATH,
        LEAKS_ON_EXCEPTION, CLOSED_SOMEWHERE), "`read()`"));
    assertEquals(Kind.NOT_CLOSED, verdict.kind());
    assertEquals("The `FileInputStream` in `in` is not closed on every path: use"
        + " try-with-resources so the file handle, socket or connection is released even when an"
        + " exception is thrown", verdict.sentence());
  }

  @Test
  void anExceptionOnlyLeakOfAClosedResourceNamesTheThrowingCall() {
    var verdict = UnclosedResourceModel.judge(IN, Paths.of(PathFacts.of(LEAKS_ON_EXCEPTION,
        CLOSED_SOMEWHERE), UnclosedResourceModel.call("read")));
    assertEquals(Kind.CLOSED_BUT_NOT_IF_THROWS, verdict.kind());
    assertEquals("The `FileInputStream` in `in` is closed, but not if `read()` throws: use"
        + " try-with-resources so it is closed on every path", verdict.sentence());
  }

  @Test
  void aClosedResourceOnlyAnUncheckedExceptionLeaksIsSilentUnlessTheEngineCannotTell() {
    assertFalse(UnclosedResourceModel.judge(IN, new Paths(PathFacts.of(LEAKS_ON_EXCEPTION,
        CLOSED_SOMEWHERE, CLOSED_ON_FAILURE), UnclosedResourceModel.call("getBuffer"),
        CheckedThrow.NO)).leaks());
    assertEquals(Kind.CLOSED_BUT_NOT_IF_THROWS, UnclosedResourceModel.judge(IN,
        new Paths(PathFacts.of(LEAKS_ON_EXCEPTION, CLOSED_SOMEWHERE, CLOSED_ON_FAILURE),
        UnclosedResourceModel.call("next"), CheckedThrow.UNKNOWN)).kind());
    assertEquals(Kind.CLOSED_BUT_NOT_IF_THROWS, UnclosedResourceModel.judge(IN,
        new Paths(PathFacts.of(LEAKS_ON_EXCEPTION, CLOSED_SOMEWHERE, CLOSED_ON_FAILURE),
        UnclosedResourceModel.call("read"), CheckedThrow.YES)).kind());
  }

  @Test
  void anExceptionOnlyLeakOfAResourceNeverClosedIsNotClosedOnEveryPath() {
    assertEquals(Kind.NOT_CLOSED,
        UnclosedResourceModel.judge(IN, Paths.of(PathFacts.of(LEAKS_ON_EXCEPTION), null)).kind());
  }

  @Test
  void anExpectedThrowBeforeAHandOverNamesTheCall() {
    var verdict = UnclosedResourceModel.judge(IN, new Paths(PathFacts.of(LEAKS_ON_EXCEPTION,
        HANDED_OVER_SOMEWHERE), UnclosedResourceModel.call("bind"), CheckedThrow.YES));
    assertEquals(Kind.NOT_CLOSED_IF_THROWS_BEFORE_HAND_OVER, verdict.kind());
    assertEquals("The `FileInputStream` in `in` is not closed if `bind()` throws before it is"
        + " handed over: close it when that fails (catch, close, rethrow), so the file handle,"
        + " socket or connection is not lost", verdict.sentence());
  }

  @Test
  void aHandedOverResourceIsSilentWithoutAnExpectedThrowOrOnItsOtherNormalPaths() {
    assertFalse(UnclosedResourceModel.judge(IN, new Paths(PathFacts.of(LEAKS_ON_EXCEPTION,
        HANDED_OVER_SOMEWHERE), UnclosedResourceModel.call("debug"), CheckedThrow.NO)).leaks());
    assertFalse(UnclosedResourceModel.judge(IN, new Paths(PathFacts.of(LEAKS_ON_EXCEPTION,
        HANDED_OVER_SOMEWHERE), UnclosedResourceModel.call("next"), CheckedThrow.UNKNOWN)).leaks());
    assertFalse(UnclosedResourceModel.judge(IN, new Paths(PathFacts.of(LEAKS_ON_NORMAL_PATH,
        HANDED_OVER_SOMEWHERE), null, CheckedThrow.YES)).leaks());
  }

  @Test
  void aHandedOverResourceTheMethodClosesWhenSomethingFailsIsLeftToItsOwnFailureHandling() {
    assertFalse(UnclosedResourceModel.judge(IN, new Paths(PathFacts.of(LEAKS_ON_EXCEPTION,
        CLOSED_SOMEWHERE, CLOSED_ON_FAILURE, HANDED_OVER_SOMEWHERE),
        UnclosedResourceModel.call("getParts"), CheckedThrow.YES)).leaks());
  }

  @Test
  void aHandedOverResourceClosedOnlyOnANormalBranchStillLeaksWhenACallBeforeThrows() {
    assertEquals(Kind.NOT_CLOSED_IF_THROWS_BEFORE_HAND_OVER, UnclosedResourceModel.judge(IN,
        new Paths(PathFacts.of(LEAKS_ON_EXCEPTION, CLOSED_SOMEWHERE, HANDED_OVER_SOMEWHERE),
            UnclosedResourceModel.call("connect"), CheckedThrow.YES)).kind());
  }

  @Test
  void noLeakNoSentence() {
    var verdict = UnclosedResourceModel.judge(IN, Paths.of(PathFacts.of(CLOSED_SOMEWHERE), null));
    assertFalse(verdict.leaks());
    assertNull(verdict.sentence());
  }

  @Test
  void aResourceWithoutVariableIsTheOneOpenedHere() {
    var verdict = UnclosedResourceModel.judge(new Resource("java/io/FileOutputStream", null),
        Paths.of(PathFacts.of(LEAKS_ON_NORMAL_PATH), null));
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

  @Test
  void aFailingWrapperNamesItsConstructorAndTheFix() {
    var verdict = UnclosedResourceModel.wrapperFailed(new Resource("java.io.FileInputStream", null),
        UnclosedResourceModel.constructor("java.io.ObjectInputStream"));
    assertEquals(Kind.NOT_CLOSED_IF_WRAPPER_THROWS, verdict.kind());
    assertEquals("The `FileInputStream` opened here is not closed if `new ObjectInputStream(…)`"
        + " throws: a wrapper that cannot be built leaves it open; declare it as its own"
        + " try-with-resources resource, or close it when the wrapper fails", verdict.sentence());
  }

  @Test
  void onlyAJdkWrapperDeclaringACheckedExceptionMayFail() {
    assertTrue(UnclosedResourceModel.wrapperMayFail("java.util.zip.GZIPInputStream", 1,
        List.of("java.io.IOException"), false));
    assertFalse(UnclosedResourceModel.wrapperMayFail("java.io.BufferedInputStream", 1,
        List.of(), false));
    assertFalse(UnclosedResourceModel.wrapperMayFail("org.apache.poi.poifs.filesystem.POIFSFileSystem", 1,
        List.of("java.io.IOException"), false));
    assertFalse(UnclosedResourceModel.wrapperMayFail("java.util.jar.JarOutputStream", 1,
        List.of("java.io.IOException"), false));
    assertTrue(UnclosedResourceModel.wrapperMayFail("java.util.jar.JarOutputStream", 2,
        List.of("java.io.IOException"), false));
  }

  @Test
  void aCharsetNamedByAConstantIsNotExpectedToBeUnsupported() {
    List<String> unsupported = List.of("java.io.UnsupportedEncodingException");
    assertFalse(UnclosedResourceModel.wrapperMayFail("java.io.InputStreamReader", 2, unsupported,
        true));
    assertTrue(UnclosedResourceModel.wrapperMayFail("java.io.InputStreamReader", 2, unsupported,
        false));
    assertTrue(UnclosedResourceModel.wrapperMayFail("java.io.ObjectOutputStream", 1,
        List.of("java.io.IOException"), true));
  }

  @Test
  void aConstantCharsetRaisesNothingForAnyJdkCall() {
    String unsupported = "java.io.UnsupportedEncodingException";
    assertTrue(UnclosedResourceModel.neverRaised("java.lang.String", "getBytes", 1, unsupported,
        true));
    assertFalse(UnclosedResourceModel.neverRaised("java.lang.String", "getBytes", 1, unsupported,
        false)); // a name from configuration may be unknown
    assertFalse(UnclosedResourceModel.neverRaised("java.io.InputStreamReader", "<init>", 2,
        "java.io.IOException", true));
    assertFalse(UnclosedResourceModel.neverRaised("com.example.Codec", "decode", 2, unsupported,
        true)); // a project's own may mean something else by it
    assertTrue(UnclosedResourceModel.neverRaised("java.util.jar.JarOutputStream", "<init>", 1,
        "java.io.IOException", false));
    assertFalse(UnclosedResourceModel.neverRaised("java.util.jar.JarOutputStream",
        "putNextEntry", 1, "java.io.IOException", false));
  }
  @Test
  void aHelperClosingOnSomeExitsOnlyIsItsFourthAnswer() {
    assertTrue(UnclosedResourceModel.closesOnSomeExitsOnly(
        PathFacts.of(CLOSED_SOMEWHERE, LEAKS_ON_NORMAL_PATH)));
    assertFalse(UnclosedResourceModel.closesOnSomeExitsOnly(
        PathFacts.of(CLOSED_SOMEWHERE))); // closes always
    assertFalse(UnclosedResourceModel.closesOnSomeExitsOnly(
        PathFacts.of(LEAKS_ON_NORMAL_PATH))); // borrows
    assertFalse(UnclosedResourceModel.closesOnSomeExitsOnly(PathFacts.of(CLOSED_SOMEWHERE,
        LEAKS_ON_NORMAL_PATH, HANDED_OVER_SOMEWHERE))); // gives it away
  }

  @Test
  void aNormalPathLeakAfterAPartlyClosingHelperNamesTheHelper() {
    var verdict = UnclosedResourceModel.judge(IN, Paths.of(PathFacts.of(LEAKS_ON_NORMAL_PATH),
        null),
        UnclosedResourceModel.call("closeUnless"));
    assertEquals(Kind.NOT_CLOSED_WHEN_HELPER_RETURNS_IT_OPEN, verdict.kind());
    assertEquals("The `FileInputStream` in `in` is not closed when `closeUnless()` returns without"
        + " closing it: the helper closes it on some paths only, so use try-with-resources here"
        + " (or have the helper close it on every path)", verdict.sentence());
    // only an exception leaks it, or no helper: judged as before
    assertEquals(Kind.CLOSED_BUT_NOT_IF_THROWS, UnclosedResourceModel.judge(IN,
        Paths.of(PathFacts.of(LEAKS_ON_EXCEPTION, CLOSED_SOMEWHERE), "`read()`"),
            "`closeUnless()`").kind());
    assertEquals(Kind.NOT_CLOSED, UnclosedResourceModel.judge(IN,
        Paths.of(PathFacts.of(LEAKS_ON_NORMAL_PATH), null), null).kind());
  }

  @Test
  void aCharsetNamedLikeAConstantIsEveryLetterUpperCase() {
    assertTrue(UnclosedResourceModel.namedLikeConstant("UTF_8"));
    assertTrue(UnclosedResourceModel.namedLikeConstant("ISO_8859_1"));
    assertFalse(UnclosedResourceModel.namedLikeConstant("encoding"));
    assertFalse(UnclosedResourceModel.namedLikeConstant("Utf8"));
    assertFalse(UnclosedResourceModel.namedLikeConstant("_1")); // no letter
  }
}
