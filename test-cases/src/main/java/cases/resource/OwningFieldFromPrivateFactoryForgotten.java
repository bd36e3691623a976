package cases.resource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Flagged at the store into {@code sock}: connect() stores the socket its own factory opens, lends
 * it to helpers that only use it, and close() closes the caller's stream but never the socket
 * (ZooKeeper's Learner shipped this shape).
 */
class OwningFieldFromPrivateFactoryForgotten implements AutoCloseable {
  private final InputStream log;
  private Socket sock;
  private InputStream data;

  OwningFieldFromPrivateFactoryForgotten(InputStream log) {
    this.log = wrap(log);
  }

  void connect(InetSocketAddress leader, int timeout) throws IOException {
    this.sock = createSocket(timeout); // expect: UnclosedResource
    sockConnect(sock, leader, timeout);
    data = sock.getInputStream();
  }

  protected void sockConnect(Socket socket, InetSocketAddress address, int timeout) throws IOException {
    socket.connect(address, timeout);
  }

  private Socket createSocket(int timeout) throws IOException {
    Socket socket;
    if (timeout < 0) {
      throw new IOException("negative timeout");
    } else {
      socket = new Socket();
    }
    // Nothing between the new Socket() and the return can throw: a failure there would lose it.
    return socket;
  }

  private static InputStream wrap(InputStream in) {
    return new BufferedInputStream(in);
  }

  int next() throws IOException {
    return data.read() + log.read();
  }

  @Override
  public void close() throws IOException {
    log.close();
  }
}
