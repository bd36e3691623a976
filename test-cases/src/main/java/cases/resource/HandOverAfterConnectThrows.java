package cases.resource;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketAddress;

/**
 * Flagged: the socket is returned to the caller, but when connect() throws (refused, timed out)
 * nothing closes it and nobody else holds it: the file descriptor leaks.
 */
class HandOverAfterConnectThrows {
  Socket connect(SocketAddress address) throws IOException {
    Socket socket = new Socket(); // expect: UnclosedResource
    socket.setTcpNoDelay(true);
    socket.connect(address, 1000);
    return socket;
  }
}
