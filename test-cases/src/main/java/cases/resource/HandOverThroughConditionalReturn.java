package cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Flagged: the socket leaves the method through one arm of a {@code ?:} return (the other arm
 * returns an SSL socket layered over it, which closes it), but when setReceiveBufferSize()
 * throws nothing closes it and nobody else holds it. From commons-net 3.11.1
 * {@code FTPSClient.openDataSecureConnection}. The look-alike closes the socket when the set-up
 * fails, and returns it (or the layer over it) otherwise.
 */
class HandOverThroughConditionalReturn {
  private final SSLSocketFactory tls = (SSLSocketFactory) SSLSocketFactory.getDefault();
  private boolean secure;
  private int receiveBufferSize;

  Socket open(String host, int port) throws IOException {
    Socket layered = null;
    Socket socket = new Socket(); // expect: UnclosedResource
    socket.setReceiveBufferSize(receiveBufferSize);
    socket.connect(new InetSocketAddress(host, port));
    if (secure) {
      layered = tls.createSocket(socket, host, port, true);
    }
    return secure ? layered : socket;
  }

  Socket openClosingOnFailure(String host, int port) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setReceiveBufferSize(receiveBufferSize);
      socket.connect(new InetSocketAddress(host, port));
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    return secure ? tls.createSocket(socket, host, port, true) : socket;
  }
}
