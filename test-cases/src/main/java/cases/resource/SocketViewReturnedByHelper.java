package cases.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A private helper that is given a socket, writes to the socket's stream (a closeable view of
 * it) and returns that stream: it gives the socket nowhere but in the view it returns
 * (JRediSearch's {@code Client.sendCommand(conn, ..)} returning {@code conn.getClient()}, the
 * real-leak benchmark's jredisearch-1). A caller that uses the returned stream at once still owns
 * the socket: reported when it closes it on the normal path only. Look-alikes, silent: the socket
 * closed in a finally, and the stream returned to the caller (the view carries the socket along).
 */
class SocketViewReturnedByHelper {
  void ping(String host, int port) throws IOException {
    Socket socket = new Socket(host, port); // expect: UnclosedResource
    send(socket, "PING").flush();
    socket.close();
  }

  void pingClosedInFinally(String host, int port) throws IOException {
    Socket socket = new Socket(host, port);
    try {
      send(socket, "PING").flush();
    } finally {
      socket.close();
    }
  }

  OutputStream open(String host, int port) throws IOException {
    Socket socket = new Socket(host, port);
    return send(socket, "HELLO");
  }

  private static OutputStream send(Socket socket, String command) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(command.getBytes(StandardCharsets.US_ASCII));
    return out;
  }
}
