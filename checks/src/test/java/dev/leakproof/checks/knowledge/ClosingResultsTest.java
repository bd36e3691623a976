package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.ClosingResults.Closing;
import java.io.FileInputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.channels.FileChannel;
import org.junit.jupiter.api.Test;

class ClosingResultsTest {
  @Test
  void closingAChannelOrASocketStreamClosesItsReceiver() {
    assertEquals(Closing.CLOSES_RECEIVER,
        ClosingResults.closingResult("java.io.FileInputStream", "getChannel"));
    assertEquals(Closing.CLOSES_RECEIVER,
        ClosingResults.closingResult("java/io/RandomAccessFile", "getChannel"));
    assertEquals(Closing.CLOSES_RECEIVER,
        ClosingResults.closingResult("java.net.Socket", "getInputStream"));
    assertFalse(ClosingResults.leavesReceiverOpen("java.net.Socket", "getOutputStream"));
  }

  @Test
  void aSubmoduleRepositoryIsItsOwnResource() {
    assertTrue(ClosingResults.leavesReceiverOpen("org.eclipse.jgit.submodule.SubmoduleWalk",
        "getRepository"));
    assertTrue(ClosingResults.mayLeaveReceiverOpen("getRepository"));
    assertFalse(ClosingResults.mayLeaveReceiverOpen("getChannel"));
    assertFalse(ClosingResults.closesReceiver("org.eclipse.jgit.submodule.SubmoduleWalk",
        "getRepository"));
    assertFalse(ClosingResults.mayCloseReceiver("getRepository"));
  }

  @Test
  void aViewThatClosesItsReceiverCarriesIt() {
    assertTrue(ClosingResults.closesReceiver("java.io.FileOutputStream", "getChannel"));
    assertTrue(ClosingResults.closesReceiver("java/net/Socket", "getOutputStream"));
    assertTrue(ClosingResults.mayCloseReceiver("getInputStream"));
    assertFalse(ClosingResults.closesReceiver("java.nio.file.Files", "getChannel"));
  }

  @Test
  void unknownMethodsHaveNoAnswer() {
    assertNull(ClosingResults.closingResult("java.sql.Statement", "getResultSet"));
    assertNull(ClosingResults.closingResult("com.example.SubmoduleWalk", "getRepository"));
    assertNull(ClosingResults.closingResult(null, "getChannel"));
    assertFalse(ClosingResults.mayBeListed("getResultSet"));
  }

  @Test
  void listedJdkMethodsExistAndReturnACloseable() throws NoSuchMethodException {
    assertTrue(AutoCloseable.class.isAssignableFrom(
        FileInputStream.class.getMethod("getChannel").getReturnType()));
    assertEquals(FileChannel.class, RandomAccessFile.class.getMethod("getChannel").getReturnType());
    assertTrue(AutoCloseable.class.isAssignableFrom(
        Socket.class.getMethod("getInputStream").getReturnType()));
  }
}
