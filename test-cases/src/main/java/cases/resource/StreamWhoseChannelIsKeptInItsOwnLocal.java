package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A file stream kept in its own local, read only through the channel {@code getChannel()} gives,
 * itself kept in a local: closing the channel would close the stream (the channel's {@code
 * implCloseChannel} closes its parent stream), so the channel's local stands for the stream, and
 * neither is closed here. Dubbo 2.7.0 {@code LogTelnetHandler.telnet} ({@code FileInputStream fis
 * = new FileInputStream(file); FileChannel filechannel = fis.getChannel();}, fixed in 2.7.1).
 * Silent look-alikes: {@link StreamWhoseChannelIsClosedInItsOwnLocal}.
 */
class StreamWhoseChannelIsKeptInItsOwnLocal {
  long sizeNeverClosed(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    FileChannel channel = in.getChannel();
    return channel.size();
  }

  String tailReadInATryThatOnlyReports(File file, int length) {
    try {
      FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
      FileChannel channel = in.getChannel();
      ByteBuffer buffer = ByteBuffer.allocate(length);
      channel.read(buffer, Math.max(0, channel.size() - length));
      return new String(buffer.array(), "UTF-8");
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  long sizeClosedOnlyWhenItSucceeds(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    FileChannel channel = in.getChannel();
    long size = channel.size();
    channel.close();
    return size;
  }
}
