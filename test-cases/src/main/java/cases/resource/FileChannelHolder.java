package cases.resource;

import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * The helpers {@link StreamChannelKeptByAHolderOfAnotherFile} calls, in a file of their own (JGit
 * 5.13 {@code BlockSource.from(FileInputStream)} returns a block source over {@code
 * in.getChannel()}, and closing the block source closes the channel, and with it the stream).
 */
final class FileChannelHolder implements Closeable {
  private final FileChannel channel;

  private FileChannelHolder(FileChannel channel) {
    this.channel = channel;
  }

  static FileChannelHolder from(FileInputStream in) {
    return new FileChannelHolder(in.getChannel());
  }

  static int firstByte(FileInputStream in) throws IOException {
    return in.read();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
