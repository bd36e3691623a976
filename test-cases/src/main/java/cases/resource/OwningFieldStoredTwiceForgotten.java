package cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Flagged once, at the first store into {@code sock} in source order: the constructor and
 * reconnect() both open a socket into the field and close() forgets it. One fix (close it in
 * close()) covers both stores, so one finding. (reconnect() overwriting a socket still open is
 * reported only for a field the class does close: OwningFieldReassignedWhileOpen.)
 */
class OwningFieldStoredTwiceForgotten implements Closeable {
  private final InetSocketAddress address;
  private Socket sock;
  private boolean closed;

  OwningFieldStoredTwiceForgotten(InetSocketAddress address) throws IOException {
    this.address = address;
    this.sock = new Socket(); // expect: UnclosedResource
    sock.connect(address);
  }

  void reconnect() throws IOException {
    sock = new Socket();
    sock.connect(address);
  }

  @Override
  public void close() {
    closed = true;
  }

  boolean isClosed() {
    return closed;
  }
}
