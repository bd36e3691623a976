package cases.resource;

import java.io.IOException;
import java.net.Socket;

/** Flagged: the socket is connected, written to and never closed. */
class SocketNeverClosed {
  void ping(String host, int port) throws IOException {
    Socket socket = new Socket(host, port); // expect: UnclosedResource
    socket.getOutputStream().write('\n');
  }
}
