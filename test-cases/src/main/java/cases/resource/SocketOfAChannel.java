package cases.resource;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;

/**
 * A channel's socket is the channel under another name: closing the socket closes the channel
 * ({@code Socket.close()}: "If this socket has an associated channel then the channel is closed
 * as well"), so the socket a method keeps of a channel it opened is the channel, still to close
 * (Accumulo 1.6.5 {@code TTimeoutTransport.create}: {@code
 * SelectorProvider.provider().openSocketChannel().socket()}, then {@code connect}; the fix closes
 * the socket when setting it up fails).
 */
public class SocketOfAChannel {
  static Socket connectedThroughTheProvider(SocketAddress address) throws IOException {
    Socket socket = SelectorProvider.provider().openSocketChannel().socket(); // expect: UnclosedResource
    socket.setTcpNoDelay(true);
    socket.connect(address);
    return socket;
  }

  static void neverClosed(SocketAddress address) throws IOException {
    Socket socket = SocketChannel.open().socket(); // expect: UnclosedResource
    socket.connect(address);
    socket.getOutputStream().write(1);
  }

  static Socket closedWhenSettingUpFails(SocketAddress address) throws IOException {
    Socket socket = SelectorProvider.provider().openSocketChannel().socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(address);
      return socket;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  static void closedThroughTheSocket(SocketAddress address) throws IOException {
    Socket socket = SocketChannel.open().socket();
    try {
      socket.connect(address);
      socket.getOutputStream().write(1);
    } finally {
      socket.close();
    }
  }

  static void socketOfABorrowedChannel(SocketChannel channel, SocketAddress address)
      throws IOException {
    Socket socket = channel.socket();
    socket.connect(address);
  }
}
