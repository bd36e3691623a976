package cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import org.h2.util.Utils10;

/**
 * Silent (H2's {@code TcpServer.listen}): H2 reports its ordinary failures by an unchecked
 * exception, so a call into H2 may throw before the accepted socket is handed over, but this one
 * catches every {@code Throwable} itself: nothing can be lost between accept() and the hand-over.
 */
class HandedOverAfterLibraryCallThatCannotThrow {
  private final ServerSocket serverSocket;

  HandedOverAfterLibraryCallThatCannotThrow(ServerSocket serverSocket) {
    this.serverSocket = serverSocket;
  }

  void listen() throws IOException {
    while (!serverSocket.isClosed()) {
      Socket s = serverSocket.accept();
      Utils10.setTcpQuickack(s, true);
      new Thread(new Connection(s)).start();
    }
  }

  private static final class Connection implements Runnable {
    private final Socket socket;

    Connection(Socket socket) {
      this.socket = socket;
    }

    @Override
    public void run() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing
      }
    }
  }
}
