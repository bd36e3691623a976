package cases.resource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.List;

/**
 * Flagged: the channel is returned once bound, but when bind() throws (the port is taken) the
 * catch records the error and returns null: the channel is never closed.
 */
class HandOverSkippedByCatchThatReturns {
  ServerSocketChannel listen(int port, List<Throwable> errors) {
    try {
      ServerSocketChannel channel = ServerSocketChannel.open(); // expect: UnclosedResource
      channel.bind(new InetSocketAddress(port));
      return channel;
    } catch (IOException e) {
      errors.add(e);
      return null;
    }
  }
}
