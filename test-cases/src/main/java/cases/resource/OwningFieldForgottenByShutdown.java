package cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Flagged at the store into {@code sock}: connect() opens a socket into the field and shutdown(),
 * the object's end of life, only clears a flag; the connection stays open until a GC.
 */
class OwningFieldForgottenByShutdown {
  private Socket sock;
  private volatile boolean running;

  void connect(InetSocketAddress leader) throws IOException {
    sock = new Socket(); // expect: UnclosedResource
    sock.connect(leader, 1000);
    running = true;
  }

  boolean isRunning() {
    return running;
  }

  Socket getSocket() {
    return sock;
  }

  public void shutdown() {
    running = false;
  }
}
