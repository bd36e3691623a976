package cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Flagged: the helper's catch names {@code Exception}, but in this file that is the project's own
 * nested class, not {@code java.lang.Exception}, so the helper still throws the IOException it
 * declares and the accepted socket is lost. The look-alike of HandedOverAfterCallThatCatchesEverything
 * for engines that would read the caught type as spelled.
 */
class HandedOverAfterCallCatchingAProjectException implements Closeable {
  /** A project exception that happens to be called Exception. */
  static final class Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private final Socket socket;

  HandedOverAfterCallCatchingAProjectException(ServerSocket server) throws IOException {
    Socket accepted = server.accept(); // expect: UnclosedResource "not closed if `tune()` throws before it is handed over"
    tune(accepted);
    this.socket = accepted;
  }

  private static void tune(Socket socket) throws IOException {
    try {
      socket.setTcpNoDelay(true);
    } catch (Exception e) {
      return;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
