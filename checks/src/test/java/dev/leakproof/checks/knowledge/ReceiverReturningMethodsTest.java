package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiverReturningMethodsTest {

  @ParameterizedTest
  @CsvSource({
      "java.io.Writer, append, true",
      "java/io/PrintWriter, printf, true",
      "java.io.PrintStream, format, true",
      "java.util.Formatter, format, true",
      "org.eclipse.jgit.submodule.SubmoduleWalk, setFilter, true",
      // a new object, a value or a view, not the receiver
      "java.io.Writer, write, false",
      "java.lang.StringBuilder, append, false",
      "java.nio.file.Path, resolve, false",
      "java.io.PrintWriter, checkError, false",
      "org.eclipse.jgit.submodule.SubmoduleWalk, getDirectory, false"})
  void listedMethodsReturnTheirReceiver(String owner, String method, boolean listed) {
    assertEquals(listed, ReceiverReturningMethods.returnsReceiver(owner, method),
        owner + "." + method);
    assertTrue(!listed || ReceiverReturningMethods.mayReturnReceiver(method), method);
  }

  @Test
  void ownMethodReturnsItsReceiverOnlyWhenEveryReturnIsThis() {
    assertTrue(ReceiverReturningMethods.returnsReceiver("p.Walk", "reset", 1, 1));
    assertTrue(ReceiverReturningMethods.returnsReceiver("p.Walk", "select", 2, 2));
    assertFalse(ReceiverReturningMethods.returnsReceiver("p.Walk", "copy", 2, 1));
    assertFalse(ReceiverReturningMethods.returnsReceiver("p.Walk", "abstractOrVoid", 0, 0));
  }
}
