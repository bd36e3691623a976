package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.UnreadableCallModel.Call;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Callee;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Result;
import org.junit.jupiter.api.Test;

class UnreadableCallModelTest {
  private static Call method(String name, Result result) {
    return new Call(Callee.METHOD, name, result, null);
  }

  @Test
  void aReadingMethodWhoseResultCannotCarryTheResourceBorrowsIt() {
    assertTrue(UnreadableCallModel.borrows(method("parseInvestigation", Result.NONE)));
    assertTrue(UnreadableCallModel.borrows(method("readRemaining", Result.PLAIN)));
    assertTrue(UnreadableCallModel.borrows(
        new Call(Callee.METHOD, "parse", Result.NAMED, "JsonObject")));
    assertTrue(UnreadableCallModel.borrows(
        new Call(Callee.METHOD, "createTemplate", Result.NAMED, "Template")));
    assertTrue(UnreadableCallModel.borrows(method("toByteArray", Result.PLAIN)));
  }

  @Test
  void aResultThatMayHoldTheResourceTakesIt() {
    assertFalse(UnreadableCallModel.borrows(method("decode", Result.CLOSEABLE)));
    assertFalse(UnreadableCallModel.borrows(method("parse", Result.UNKNOWN)));
    assertFalse(UnreadableCallModel.borrows(
        new Call(Callee.METHOD, "makeUTF8", Result.NAMED, "PeekReader")));
    assertFalse(UnreadableCallModel.borrows(
        new Call(Callee.METHOD, "get", Result.NAMED, "TikaInputStream")));
    assertFalse(UnreadableCallModel.borrows(new Call(Callee.METHOD, "read", Result.NAMED, "T")));
    assertFalse(UnreadableCallModel.borrows(new Call(Callee.METHOD, "read", Result.NAMED, null)));
  }

  @Test
  void aNameThatSaysItKeepsHandsOrClosesTakesIt() {
    for (String name : new String[] {"setInput", "register", "addStream", "put", "withBody",
        "of", "wrap", "submit", "handle", "release", "closeSilently", "safeClose",
        "returnToPool", "newReader", "openChannel"}) {
      assertFalse(UnreadableCallModel.borrows(method(name, Result.NONE)), name);
    }
  }

  @Test
  void leadingUnderscoresAreNoPartOfTheName() {
    assertFalse(UnreadableCallModel.borrows(method("__setInner", Result.NONE)));
    assertFalse(UnreadableCallModel.borrows(method("_register", Result.NONE)));
    assertTrue(UnreadableCallModel.borrows(method("__logInner", Result.NONE)));
    assertTrue(UnreadableCallModel.borrows(method("__settle", Result.NONE)));
  }

  @Test
  void aPrefixInsideALongerWordIsNoKeepingName() {
    assertTrue(UnreadableCallModel.borrows(method("settle", Result.NONE)));
    assertTrue(UnreadableCallModel.borrows(method("offsetOf", Result.PLAIN)));
    assertTrue(UnreadableCallModel.borrows(method("address", Result.NONE)));
  }

  @Test
  void constructorsAndMethodsOfResourcesTakeIt() {
    assertFalse(UnreadableCallModel.borrows(
        new Call(Callee.CONSTRUCTOR, "HMEFMessage", Result.UNKNOWN, null)));
    assertFalse(UnreadableCallModel.borrows(
        new Call(Callee.METHOD_OF_RESOURCE, "write", Result.NONE, null)));
  }

  @Test
  void aHolderUsedOnceInItsStatementBorrowsWhenThatCallDoes() {
    assertTrue(UnreadableCallModel.borrows(
        new Call(Callee.HOLDER_USED_ONCE, "unpack", Result.NONE, null)));
    assertFalse(UnreadableCallModel.borrows(
        new Call(Callee.HOLDER_USED_ONCE, "start", Result.NONE, null)));
    assertFalse(UnreadableCallModel.borrows(
        new Call(Callee.HOLDER_USED_ONCE, "iterator", Result.UNKNOWN, null)));
  }

  @Test
  void knownInMemoryTypesHoldNothingAndKnownResourceTypesMayHoldIt() {
    assertFalse(UnreadableCallModel.mayHoldResource("StringWriter"));
    assertTrue(UnreadableCallModel.mayHoldResource("FileInputStream"));
    assertFalse(UnreadableCallModel.mayHoldResource("KeyStore"));
  }

  @Test
  void librariesThatCloseWhatTheyReadTakeIt() {
    assertFalse(UnreadableCallModel.borrows(new Call(Callee.METHOD, "readValue", Result.PLAIN,
        null, "com.fasterxml.jackson.databind.ObjectMapper")));
    assertFalse(UnreadableCallModel.borrows(
        new Call(Callee.METHOD, "parse", Result.PLAIN, null, "DocumentBuilder")));
    assertTrue(UnreadableCallModel.borrows(
        new Call(Callee.METHOD, "parse", Result.PLAIN, null, "JsonParserHelper")));
  }
}
