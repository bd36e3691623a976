package cases.listener;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * Silent: registering a channel with a selector makes a SelectionKey whose attachment is this
 * connection; closing the channel cancels the key, so it lives as long as the connection (jetty's
 * ManagedSelector.Connect does this for every connect).
 */
class ChannelRegisteredWithSelector {
  private final SocketChannel channel;

  ChannelRegisteredWithSelector(SocketChannel channel) {
    this.channel = channel;
  }

  void update(Selector selector) throws IOException {
    channel.register(selector, SelectionKey.OP_CONNECT, this);
  }

  void close() throws IOException {
    channel.close();
  }
}
