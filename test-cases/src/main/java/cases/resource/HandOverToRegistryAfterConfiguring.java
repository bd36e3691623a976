package cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * Flagged: the registry owns the channel once it has it, but when bind() throws (the port is
 * taken) the channel was never handed over and is never closed.
 */
class HandOverToRegistryAfterConfiguring {
  void listen(int port, Registry registry) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(); // expect: UnclosedResource
    channel.configureBlocking(false);
    channel.bind(new InetSocketAddress(port));
    registry.register(channel);
  }

  /** Stands for a library type that keeps what it is given. */
  interface Registry {
    void register(ServerSocketChannel channel);
  }
}
