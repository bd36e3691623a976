package cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.h2.util.Utils;

/**
 * A hand-over after a call whose body catches every exception and only returns (issue #10, H2's
 * {@code TcpServer.listen} and {@code Utils10.setTcpQuickack}): that call cannot throw, whatever
 * its throws clause says, so nothing is lost between accept() and the store. Flagged look-alikes:
 * a helper that catches only {@code RuntimeException} still throws the {@code IOException} it
 * declares, and a call into a library that fails unchecked ({@code Utils.newSmallArrayList()},
 * H2) may throw.
 */
class HandedOverAfterCallThatCatchesEverything implements Closeable {
  private final Socket socket;

  HandedOverAfterCallThatCatchesEverything(ServerSocket server) throws IOException {
    Socket accepted = server.accept();
    tune(accepted);
    this.socket = accepted;
  }

  HandedOverAfterCallThatCatchesEverything(ServerSocket server, int timeout) throws IOException {
    Socket accepted = server.accept(); // expect: UnclosedResource "not closed if `tuneOrFail()` throws before it is handed over"
    tuneOrFail(accepted, timeout);
    this.socket = accepted;
  }

  HandedOverAfterCallThatCatchesEverything(ServerSocket server, String name) throws IOException {
    Socket accepted = server.accept(); // expect: UnclosedResource "not closed if `newSmallArrayList()` throws before it is handed over"
    List<String> names = Utils.newSmallArrayList();
    names.add(name);
    this.socket = accepted;
  }

  /** Declares {@code IOException}, but catches everything: it cannot throw. */
  private static void tune(Socket socket) throws IOException {
    try {
      socket.setTcpNoDelay(true);
    } catch (Exception e) {
      return;
    }
  }

  private static void tuneOrFail(Socket socket, int timeout) throws IOException {
    try {
      socket.setSoTimeout(timeout);
    } catch (RuntimeException e) {
      return;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
