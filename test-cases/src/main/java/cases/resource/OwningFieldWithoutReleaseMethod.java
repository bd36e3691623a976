package cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Silent: a server object with no close(), shutdown() or stop() lives as long as the process;
 * its listening socket is meant to stay open, and there is no release method to point at.
 */
class OwningFieldWithoutReleaseMethod {
  private final ServerSocket listener;

  OwningFieldWithoutReleaseMethod(int port) throws IOException {
    listener = new ServerSocket(port);
  }

  Socket next() throws IOException {
    return listener.accept();
  }
}
