package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.Selector;

/**
 * Resources that are not a file or a socket in a variable: a selector (an epoll instance and its
 * wake-up pipe), and a file stream used only as the receiver of {@code getChannel()}, whose
 * channel closes with it but is never closed either. Silent look-alikes: the channel closed by
 * try-with-resources (closing it closes the stream), and the channel returned to the caller.
 */
class NotFilesOrSocketsNeverClosed {
  int readyNow() throws IOException {
    Selector selector = Selector.open(); // expect: UnclosedResource
    return selector.selectNow();
  }

  int readyNowClosed() throws IOException {
    try (Selector selector = Selector.open()) {
      return selector.selectNow();
    }
  }

  long size(File file) throws IOException {
    return new FileInputStream(file).getChannel().size(); // expect: UnclosedResource
  }

  long sizeOfAChannelClosed(File file) throws IOException {
    try (FileChannel channel = new FileInputStream(file).getChannel()) {
      return channel.size();
    }
  }

  FileChannel channelReturned(File file) throws IOException {
    return new FileInputStream(file).getChannel();
  }
}
