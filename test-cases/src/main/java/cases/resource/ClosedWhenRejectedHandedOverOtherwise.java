package cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Silent: a rejected connection is closed, an accepted one is handed to a registry the engines
 * cannot see into. The close is on another branch than the hand-over, so it does not make the
 * registry a mere borrower (H2's PgServer.listen).
 */
class ClosedWhenRejectedHandedOverOtherwise {
  void acceptOne(ServerSocket server, Registry registry) throws IOException {
    Socket socket = server.accept();
    if (!registry.allows(socket)) {
      socket.close();
    } else {
      registry.adopt(socket);
    }
  }

  /** Stands for a library type that keeps what it adopts. */
  interface Registry {
    boolean allows(Socket socket);

    void adopt(Socket socket);
  }
}
