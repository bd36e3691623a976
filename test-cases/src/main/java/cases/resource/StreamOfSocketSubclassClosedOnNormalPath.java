package cases.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Silent: the output stream of a project's {@code Socket} subclass, written and closed by hand on
 * the normal path only, is a view the socket owns, as {@code Socket.getOutputStream()} is for a
 * plain socket: the method is {@code Socket}'s, whatever class the call names (the bytecode names
 * the subclass, and SpotBugs looked at that class alone). Flagged look-alike: a project type's
 * own {@code getOutputStream()}, which no table knows, closed by the method, so its own.
 */
class StreamOfSocketSubclassClosedOnNormalPath {
  void send(Channel channel, byte[] data) throws IOException {
    OutputStream out = channel.getOutputStream();
    out.write(data);
    out.close();
  }

  void send(Spool spool, byte[] data) throws IOException {
    OutputStream out = spool.getOutputStream(); // expect: UnclosedResource "closed, but not if `write()` throws"
    out.write(data);
    out.close();
  }

  /** A project's socket. */
  static class Channel extends Socket {
  }

  /** A project type no table knows, whose streams its caller owns. */
  interface Spool {
    OutputStream getOutputStream() throws IOException;
  }
}
