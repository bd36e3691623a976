package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/** Silent: the finally hands the stream to a helper that closes it, so every path releases it. */
class ClosedQuietlyInFinally {
  int firstByte(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    try {
      return in.read();
    } finally {
      closeQuietly(in);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // nothing useful to do: the read result (or its exception) matters more
    }
  }
}
