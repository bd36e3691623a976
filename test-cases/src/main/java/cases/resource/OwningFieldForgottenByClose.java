package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Flagged at the store into {@code data}: the class opens a channel into its own field, and close()
 * closes the index stream but forgets the channel, so every closed store still holds a file handle.
 */
class OwningFieldForgottenByClose implements Closeable {
  private final FileChannel data;
  private final InputStream index;

  OwningFieldForgottenByClose(Path dataFile, File indexFile) throws IOException {
    this.data = FileChannel.open(dataFile, StandardOpenOption.READ); // expect: UnclosedResource
    this.index = new FileInputStream(indexFile);
  }

  int read(ByteBuffer buffer, long position) throws IOException {
    return data.read(buffer, position);
  }

  int nextIndex() throws IOException {
    return index.read();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
