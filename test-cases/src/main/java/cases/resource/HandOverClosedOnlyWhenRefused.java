package cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Flagged: the socket is closed when the server refuses the transfer and returned otherwise, but
 * when setReceiveBufferSize() or connect() throws nothing closes it. A close on a normal branch
 * handles a refusal, not a failure, so it does not excuse the exception path before the return.
 * From commons-net 3.11.1 {@code FTPSClient.openDataSecureConnection} (the close there goes
 * through a helper of the class). The look-alikes close the socket in a {@code catch} that
 * rethrows, or in a {@code finally} when a flag says the set-up failed: the method handles its
 * own failures.
 */
class HandOverClosedOnlyWhenRefused {
  private int receiveBufferSize;

  Socket open(String host, int port) throws IOException {
    Socket socket = new Socket(); // expect: UnclosedResource
    socket.setReceiveBufferSize(receiveBufferSize);
    socket.connect(new InetSocketAddress(host, port));
    if (!accepted(socket)) {
      closeSockets(socket);
      return null;
    }
    return socket;
  }

  Socket openClosingDirectly(String host, int port) throws IOException {
    Socket socket = new Socket(); // expect: UnclosedResource
    socket.connect(new InetSocketAddress(host, port));
    if (!accepted(socket)) {
      socket.close();
      return null;
    }
    return socket;
  }

  Socket openClosingInCatch(String host, int port) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setReceiveBufferSize(receiveBufferSize);
      socket.connect(new InetSocketAddress(host, port));
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    if (!accepted(socket)) {
      socket.close();
      return null;
    }
    return socket;
  }

  Socket openClosingInFinally(String host, int port) throws IOException {
    Socket socket = new Socket();
    boolean connected = false;
    try {
      socket.connect(new InetSocketAddress(host, port));
      connected = true;
    } finally {
      if (!connected) {
        closeSockets(socket);
      }
    }
    if (!accepted(socket)) {
      socket.close();
      return null;
    }
    return socket;
  }

  private boolean accepted(Socket socket) {
    return socket.getPort() != 0;
  }

  private static void closeSockets(Socket socket) throws IOException {
    if (socket != null) {
      socket.close();
    }
  }
}
