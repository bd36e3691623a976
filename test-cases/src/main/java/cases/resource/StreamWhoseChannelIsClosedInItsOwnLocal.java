package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Look-alikes of {@link StreamWhoseChannelIsKeptInItsOwnLocal}, all silent: the channel kept in
 * its own local is closed on every path (closing it closes the stream it came from), the stream
 * itself is closed on every path, or the channel leaves the method (returned, stored in a field),
 * and its receiver goes with it.
 */
class StreamWhoseChannelIsClosedInItsOwnLocal {
  private FileChannel kept;

  long sizeOfAChannelClosedInFinally(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    FileChannel channel = in.getChannel();
    try {
      return channel.size();
    } finally {
      channel.close();
    }
  }

  long sizeOfAChannelClosedByTryWithResources(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    try (FileChannel channel = in.getChannel()) {
      return channel.size();
    }
  }

  long sizeOfAStreamClosedInFinally(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    try {
      FileChannel channel = in.getChannel();
      return channel.size();
    } finally {
      in.close();
    }
  }

  FileChannel channelReturned(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    FileChannel channel = in.getChannel();
    return channel;
  }

  void channelStored(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    FileChannel channel = in.getChannel();
    kept = channel;
  }
}
