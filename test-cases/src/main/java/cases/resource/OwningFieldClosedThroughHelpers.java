package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Silent: close() releases every field it owns, through a private helper, a quiet-close helper
 * and try-with-resources on the field. The constructor is reported all the same: when opening
 * {@code out} or {@code channel} fails, the stream opened before it stays open (see
 * ConstructorFailsAfterOpeningIntoField).
 */
class OwningFieldClosedThroughHelpers implements Closeable {
  private final InputStream in;
  private final OutputStream out;
  private final FileChannel channel;
  private final RandomAccessFile log;

  OwningFieldClosedThroughHelpers(File source, File target, Path data) throws IOException {
    in = new FileInputStream(source); // expect: UnclosedResource
    out = new FileOutputStream(target); // expect: UnclosedResource
    channel = FileChannel.open(data);
    log = new RandomAccessFile(target, "rw");
  }

  void copyOne() throws IOException {
    out.write(in.read());
  }

  @Override
  public void close() throws IOException {
    closeQuietly(in);
    flushAndClose();
    try (FileChannel closing = channel) {
      closing.force(true);
    }
  }

  private void flushAndClose() throws IOException {
    out.flush();
    out.close();
    log.close();
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
