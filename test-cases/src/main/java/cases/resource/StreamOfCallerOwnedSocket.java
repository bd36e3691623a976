package cases.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/** Silent: the socket belongs to the caller; its output stream is a view, not a new resource to close here. */
class StreamOfCallerOwnedSocket {
  void sendLine(Socket socket, byte[] line) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(line);
    out.write('\n');
    out.flush();
  }
}
