package cases.resource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * Silent look-alikes of {@link SocketOfAChannel}: the server socket of a channel is the channel
 * under another name ({@code ServerSocket.close()}: "If this socket has an associated channel then
 * the channel is closed as well"), so closing either one closes both.
 */
public class ServerSocketOfAChannelClosedThroughEitherSide {
  static void closedThroughTheChannel(SocketAddress address) throws IOException {
    try (ServerSocketChannel channel = ServerSocketChannel.open()) {
      ServerSocket socket = channel.socket();
      socket.bind(address);
    }
  }

  static void closedThroughTheServerSocket(SocketAddress address) throws IOException {
    ServerSocket socket = ServerSocketChannel.open().socket();
    try {
      socket.bind(address);
    } finally {
      socket.close();
    }
  }

  static void socketOfABorrowedChannel(ServerSocketChannel channel, SocketAddress address)
      throws IOException {
    channel.socket().bind(address);
  }
}
