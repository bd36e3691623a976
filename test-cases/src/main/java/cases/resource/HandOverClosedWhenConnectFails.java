package cases.resource;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketAddress;

/** Silent: the socket is returned once connected, and closed when connecting fails. */
class HandOverClosedWhenConnectFails {
  Socket connect(SocketAddress address) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(address, 1000);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    return socket;
  }
}
